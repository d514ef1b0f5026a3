from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_workflow_run_start_inputs_type_0 import (
        LegacyWorkflowRunStartInputsType0,
    )


T = TypeVar("T", bound="LegacyWorkflowRun")


@_attrs_define
class LegacyWorkflowRun:
    """A workflow run as the legacy docs page "Retrieve a workflow" shows it.

    Attributes:
        id (int | str | Unset):
        started_at (None | str | Unset):
        ended_at (None | str | Unset):
        start_inputs (LegacyWorkflowRunStartInputsType0 | None | Unset):
        error_message (None | str | Unset):
        duration (float | None | Unset):
        total_charge (None | str | Unset):
        total_tokens (int | None | Unset):
        output_content (None | str | Unset):
        async_webhook_url (None | str | Unset):
        token (str | Unset):
        run_status (str | Unset):
        run_async (bool | None | str | Unset):
    """

    id: int | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    ended_at: None | str | Unset = UNSET
    start_inputs: LegacyWorkflowRunStartInputsType0 | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    total_charge: None | str | Unset = UNSET
    total_tokens: int | None | Unset = UNSET
    output_content: None | str | Unset = UNSET
    async_webhook_url: None | str | Unset = UNSET
    token: str | Unset = UNSET
    run_status: str | Unset = UNSET
    run_async: bool | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.legacy_workflow_run_start_inputs_type_0 import (
            LegacyWorkflowRunStartInputsType0,  # noqa: PLC0415
        )

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        start_inputs: dict[str, Any] | None | Unset
        if isinstance(self.start_inputs, Unset):
            start_inputs = UNSET
        elif isinstance(self.start_inputs, LegacyWorkflowRunStartInputsType0):
            start_inputs = self.start_inputs.to_dict()
        else:
            start_inputs = self.start_inputs

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        total_charge: None | str | Unset
        if isinstance(self.total_charge, Unset):
            total_charge = UNSET
        else:
            total_charge = self.total_charge

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        output_content: None | str | Unset
        if isinstance(self.output_content, Unset):
            output_content = UNSET
        else:
            output_content = self.output_content

        async_webhook_url: None | str | Unset
        if isinstance(self.async_webhook_url, Unset):
            async_webhook_url = UNSET
        else:
            async_webhook_url = self.async_webhook_url

        token = self.token

        run_status = self.run_status

        run_async: bool | None | str | Unset
        if isinstance(self.run_async, Unset):
            run_async = UNSET
        else:
            run_async = self.run_async

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if start_inputs is not UNSET:
            field_dict["start_inputs"] = start_inputs
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if duration is not UNSET:
            field_dict["duration"] = duration
        if total_charge is not UNSET:
            field_dict["total_charge"] = total_charge
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if output_content is not UNSET:
            field_dict["output_content"] = output_content
        if async_webhook_url is not UNSET:
            field_dict["async_webhook_url"] = async_webhook_url
        if token is not UNSET:
            field_dict["token"] = token
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if run_async is not UNSET:
            field_dict["run_async"] = run_async

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_workflow_run_start_inputs_type_0 import (
            LegacyWorkflowRunStartInputsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_ended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_start_inputs(
            data: object,
        ) -> LegacyWorkflowRunStartInputsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_inputs_type_0 = LegacyWorkflowRunStartInputsType0.from_dict(data)

                return start_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegacyWorkflowRunStartInputsType0 | None | Unset, data)

        start_inputs = _parse_start_inputs(d.pop("start_inputs", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_total_charge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_charge = _parse_total_charge(d.pop("total_charge", UNSET))

        def _parse_total_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens", UNSET))

        def _parse_output_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_content = _parse_output_content(d.pop("output_content", UNSET))

        def _parse_async_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        async_webhook_url = _parse_async_webhook_url(d.pop("async_webhook_url", UNSET))

        token = d.pop("token", UNSET)

        run_status = d.pop("run_status", UNSET)

        def _parse_run_async(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        run_async = _parse_run_async(d.pop("run_async", UNSET))

        legacy_workflow_run = cls(
            id=id,
            started_at=started_at,
            ended_at=ended_at,
            start_inputs=start_inputs,
            error_message=error_message,
            duration=duration,
            total_charge=total_charge,
            total_tokens=total_tokens,
            output_content=output_content,
            async_webhook_url=async_webhook_url,
            token=token,
            run_status=run_status,
            run_async=run_async,
        )

        legacy_workflow_run.additional_properties = d
        return legacy_workflow_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
