"""Writes signed_frames.json: messages signed by jupyter_client's own Session, as golden data for the C# signer.

Run with a Python that has jupyter_client (e.g. Debian's python3-jupyter-client):
    /usr/bin/python3 make_signed_frames.py
Every frame is stored as base64 so that the bytes (including non-ASCII UTF-8) are exact.
"""

import base64
import json
import pathlib

import jupyter_client
from jupyter_client.session import DELIM, Session

KEY = "9a3b7c1e-5d2f-4e8a-b6c0-1f2e3d4c5b6a"

MESSAGES = [
    {
        "name": "kernel_info_request",
        "identities": [],
        "header": {
            "msg_id": "0b0c7d6e-0000-4000-8000-000000000001",
            "msg_type": "kernel_info_request",
            "session": "client-session",
            "username": "student",
            "date": "2025-01-02T03:04:05.678901Z",
            "version": "5.3",
        },
        "parent_header": {},
        "metadata": {},
        "content": {},
    },
    {
        "name": "execute_request_unicode",
        "identities": ["client-identity"],
        "header": {
            "msg_id": "0b0c7d6e-0000-4000-8000-000000000002",
            "msg_type": "execute_request",
            "session": "client-session",
            "username": "student",
            "date": "2025-01-02T03:04:06.000000Z",
            "version": "5.3",
        },
        "parent_header": {},
        "metadata": {"cellId": "c1"},
        "content": {
            "code": "var prix = \"3,50 \u20ac\"; // caf\u00e9 \U0001F600\nConsole.WriteLine(prix);",
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": True,
            "stop_on_error": True,
        },
    },
    {
        "name": "stream_with_parent",
        "identities": ["kernel.abc.stream"],
        "header": {
            "msg_id": "0b0c7d6e-0000-4000-8000-000000000003",
            "msg_type": "stream",
            "session": "kernel-session",
            "username": "kernel",
            "date": "2025-01-02T03:04:07.000000Z",
            "version": "5.3",
        },
        "parent_header": {
            "msg_id": "0b0c7d6e-0000-4000-8000-000000000002",
            "msg_type": "execute_request",
            "session": "client-session",
            "username": "student",
            "date": "2025-01-02T03:04:06.000000Z",
            "version": "5.3",
        },
        "metadata": {},
        "content": {"name": "stdout", "text": "3,50 \u20ac\n"},
    },
]


def b64(frame: bytes) -> str:
    return base64.b64encode(frame).decode("ascii")


def main() -> None:
    session = Session(key=KEY.encode("ascii"), signature_scheme="hmac-sha256")
    out = {
        "generator": f"jupyter_client {jupyter_client.__version__} Session.serialize",
        "key": KEY,
        "messages": [],
    }
    for spec in MESSAGES:
        msg = {k: spec[k] for k in ("header", "parent_header", "metadata", "content")}
        idents = [i.encode("utf-8") for i in spec["identities"]]
        frames = session.serialize(msg, ident=idents)
        delimiter = frames.index(DELIM)
        out["messages"].append(
            {
                "name": spec["name"],
                "signature": frames[delimiter + 1].decode("ascii"),
                "frames": [b64(f) for f in frames],
            }
        )
    target = pathlib.Path(__file__).with_name("signed_frames.json")
    target.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
