"""Loopback stand-in for a LibreTranslate and an OpenAI-compatible service, for the translator tests.

Writes the port the OS chose to the file named by its argument. Text "FAIL" answers 500; text "SLOW" answers after 5 s.
POST /count gives how many translation requests were served (to test the cache)."""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

served = 0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.reply(200, {"count": served})

    def do_POST(self):
        global served
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path == "/count":
            return self.reply(200, {"count": served})
        if self.path == "/translate":
            text = request.get("q", "")
            if request.get("api_key") not in (None, "libre-key"):
                return self.reply(403, {"error": "bad key"})
            answer = lambda: {"translatedText": f"[{request['source']}>{request['target']}] {text}"}
        elif self.path == "/v1/chat/completions":
            if self.headers.get("Authorization") != "Bearer chat-key":
                return self.reply(401, {"error": "unauthorized"})
            text = request["messages"][-1]["content"]
            system = request["messages"][0]["content"]
            answer = lambda: {"choices": [{"message": {"role": "assistant",
                                                       "content": f"[{request['model']}] {text}\n"}}],
                              "system": system}
        else:
            return self.reply(404, {"error": "not found"})
        served += 1
        if text == "FAIL":
            return self.reply(500, {"error": "boom"})
        if text == "SLOW":
            time.sleep(5)
        self.reply(200, answer())


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[1] + ".tmp", "w") as out:
    out.write(str(server.server_address[1]))
import os
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
