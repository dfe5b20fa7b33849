"""Model generation: a validated :class:`Spec` -> one module of pydantic v2 models (datamodel-code-generator)."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from ._errors import GenerationError
from .loading import Spec

MODULE_NAME = "pydantic_models"


def generate_models(spec: Spec, package_dir: Path) -> Path:
    """Write ``<package_dir>/pydantic_models.py`` and return its path."""
    output = package_dir / f"{MODULE_NAME}.py"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = generate(
                copy.deepcopy(dict(spec.document)),
                input_file_type=InputFileType.OpenAPI,
                input_filename=spec.path.name,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                disable_timestamp=True,
                use_standard_collections=True,
                use_union_operator=True,
                field_constraints=True,
                use_schema_description=True,
                use_double_quotes=True,
                formatters=[],
            )
    except Exception as exc:  # dcg raises many unrelated types; translate them at this boundary
        raise GenerationError(f"{spec.path}: datamodel-code-generator: {exc}") from exc
    if not isinstance(code, str):
        raise GenerationError(f"{spec.path}: datamodel-code-generator produced no single module")
    output.write_text(code)
    return output
