from enum import StrEnum


class OrderTrackingNumberChangedWebhookEventEventType(StrEnum):
    ORDER_TRACKING_NUMBER_CHANGED = "order_tracking_number_changed"

    def __str__(self) -> str:
        return str(self.value)
