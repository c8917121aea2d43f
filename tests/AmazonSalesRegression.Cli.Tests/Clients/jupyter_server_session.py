"""Drives the course kernel through Jupyter Server, the backend JupyterLab and Notebook 7 talk to.

    python3 jupyter_server_session.py PREFIX_SHARE_JUPYTER WORK_FOLDER

Starts jupyter_server on a free loopback port (JUPYTER_PATH pointing at the kernelspec under test, every other Jupyter
folder inside WORK_FOLDER), starts an `amazon-sales-csharp` kernel through the REST API, talks to it over the
server's websocket as a browser does (kernel_info, four execute requests, one completion), and prints what came back
as one JSON object on stdout. The server and kernel are stopped in all cases.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import websocket

CELLS = [
    "var answer = 6 * 7; answer",
    'var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("units", new[] { 3, 4 })); frame',
    'Console.WriteLine("hello from the course kernel");',
    '1 / int.Parse("0")',
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    jupyter_path, work = sys.argv[1], sys.argv[2]
    port, token = free_port(), uuid.uuid4().hex
    env = dict(os.environ, JUPYTER_PATH=jupyter_path, JUPYTER_CONFIG_DIR=os.path.join(work, "config"),
               JUPYTER_DATA_DIR=os.path.join(work, "data"), JUPYTER_RUNTIME_DIR=os.path.join(work, "runtime"))
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter_server", "--allow-root", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.token={token}", f"--ServerApp.root_dir={work}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"

    def api(method, path, body=None):
        request = urllib.request.Request(f"{base}{path}?token={token}", method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            data = response.read()
            return json.loads(data) if data else None

    try:
        for _ in range(120):
            try:
                specs = api("GET", "/api/kernelspecs")
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise SystemExit("jupyter_server did not start")
        kernel = api("POST", "/api/kernels", {"name": "amazon-sales-csharp"})
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels?token={token}", timeout=120)
        session = uuid.uuid4().hex

        def request(msg_type, content):
            msg_id = uuid.uuid4().hex
            ws.send(json.dumps({"header": {"msg_id": msg_id, "username": "test", "session": session, "msg_type": msg_type,
                                           "version": "5.3", "date": ""},
                                "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}))
            reply, outputs, idle = None, [], False
            while reply is None or not idle:
                message = json.loads(ws.recv())
                if message.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = message["msg_type"]
                if kind == msg_type.replace("_request", "_reply"):
                    reply = message["content"]
                elif kind == "status":
                    idle = message["content"]["execution_state"] == "idle"
                elif kind in ("execute_result", "display_data"):
                    outputs.append([kind, sorted(message["content"]["data"]), message["content"]["data"].get("text/plain")])
                elif kind == "stream":
                    outputs.append([kind, message["content"]["name"], message["content"]["text"]])
                elif kind == "error":
                    outputs.append([kind, message["content"]["ename"]])
            return reply, outputs

        info, _ = request("kernel_info_request", {})
        cells = []
        for code in CELLS:
            reply, outputs = request("execute_request", {"code": code, "silent": False, "store_history": True,
                                                         "user_expressions": {}, "allow_stdin": False, "stop_on_error": False})
            cells.append({"count": reply["execution_count"], "status": reply["status"], "outputs": outputs})
        completion, _ = request("complete_request", {"code": "answer.ToStr", "cursor_pos": 12})
        ws.close()
        api("DELETE", f"/api/kernels/{kernel['id']}")
        print(json.dumps({
            "display_name": specs["kernelspecs"]["amazon-sales-csharp"]["spec"]["display_name"],
            "language": info["language_info"]["name"],
            "protocol_version": info["protocol_version"],
            "cells": cells,
            "completions": completion["matches"],
        }))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
