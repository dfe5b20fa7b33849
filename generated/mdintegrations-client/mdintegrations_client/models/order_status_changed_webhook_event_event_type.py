from enum import StrEnum


class OrderStatusChangedWebhookEventEventType(StrEnum):
    ORDER_STATUS_CHANGED = "order_status_changed"

    def __str__(self) -> str:
        return str(self.value)
