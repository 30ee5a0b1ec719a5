"""An agent's story through the MCP component, with the official Python MCP SDK as the client.

Run by host/tests/mcp.rs against a real `temper-host up`: over streamable HTTP at the current
revision (2026-07-28, the SDK's auto mode) and at 2025-11-25 (legacy mode), and over stdio
(`temper-host mcp`) in both. Usage: agent_story.py URL AGENT_TOKEN ADMIN_TOKEN TEMPER_HOST SPECS_DIR
Exits non-zero (with the failed expectation) on any mismatch.
"""

import asyncio
import json
import os
import sys

import httpx2
from mcp.client import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

URL, AGENT, ADMIN, BINARY, SPECS = sys.argv[1:6]
TENANT = "mcp-demo"


def check(cond, what):
    if not cond:
        raise SystemExit(f"FAILED: {what}")
    print(f"ok: {what}", flush=True)


async def admin(method, path, body=None):
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {ADMIN}"}, timeout=60) as h:
        r = await h.request(method, URL + path, json=body)
        return r.status_code, r.json() if r.content else None


async def approve(tenant, decision, scope):
    status, body = await admin("POST", f"/api/tenants/{tenant}/decisions/{decision}/approve", {"scope": scope})
    check(status == 200, f"a human approves {decision} at scope {scope} ({status} {body})")


def text(r):
    return "\n".join(c.text for c in r.content if getattr(c, "text", None))


async def denied_then_approved(c, tool, args, tenant, scope):
    """The call is denied with a pending decision; a human approves; the retry succeeds."""
    r = await c.call_tool(tool, args)
    check(r.is_error, f"{tool} is denied at first: {text(r)[:160]}")
    err = r.structured_content["error"]
    check(err["code"] == "AuthorizationDenied" and err.get("decision"), f"{tool}: the denial names its decision")
    check(err["decision"] in text(r), f"{tool}: the tool error tells the agent the decision id")
    await approve(tenant, err["decision"], scope)
    w = await c.call_tool("decision", {"tenant": tenant, "id": err["decision"], "wait_seconds": 5})
    check(not w.is_error and w.structured_content["status"] == "approved", f"{tool}: the agent sees the approval")
    r = await c.call_tool(tool, args)
    check(not r.is_error, f"{tool} succeeds on retry: {text(r)[:160]}")
    return r


async def full_story(target, expect_version):
    async with Client(target, mode="auto") as c:
        check(c.protocol_version == expect_version, f"negotiated {c.protocol_version}")
        names = [t.name for t in (await c.list_tools()).tools]
        check("submit_specs" in names and "discover" in names and "action" in names, f"the agent's tools: {names}")
        check("decide" not in names, "no agent can decide: `decide` is not listed for it")
        files = {f: open(os.path.join(SPECS, f)).read() for f in sorted(os.listdir(SPECS))}
        r = await denied_then_approved(c, "submit_specs", {"tenant": TENANT, "files": files}, "_platform", "narrow")
        check(r.structured_content.get("verification", r.structured_content).get("passed", True) is not False, "the cascade passed")
        d = await c.call_tool("discover", {"tenant": TENANT})
        # discover may itself need approval (read_specs on the new tenant).
        if d.is_error:
            d = await denied_then_approved(c, "discover", {"tenant": TENANT}, "_platform", "narrow")
        spec = d.structured_content["specs"][0]
        check(spec["entity_set"] == "Tasks" and spec["actions"], "discover shows states and actions")
        await denied_then_approved(c, "create", {"tenant": TENANT, "entity_set": "Tasks", "fields": {"Id": "t-1", "title": "From MCP"}}, TENANT, "broad")
        act = next(a for a in spec["actions"] if a["name"] == "Plan")
        check(spec["initial"] in act["from"] and act["guard"], "discover shows Plan's source states and guard")
        g = await c.call_tool("action", {"tenant": TENANT, "entity_set": "Tasks", "id": "t-1", "action": "Plan"})
        check(g.is_error and "estimate_points" in text(g), f"a guard that fails is a tool error that says why: {text(g)[:200]}")
        e = await c.call_tool("action", {"tenant": TENANT, "entity_set": "Tasks", "id": "t-1", "action": "Estimate", "params": {"points": 3}})
        check(not e.is_error and e.structured_content["estimate_points"] == 3, f"Estimate sets the points ({text(e)[:200]})")
        r = await c.call_tool("action", {"tenant": TENANT, "entity_set": "Tasks", "id": "t-1", "action": "Temper.Tasks.Plan"})
        check(not r.is_error and r.structured_content["status"] == act["to"], f"Plan (qualified) moved t-1 to {act['to']} ({text(r)[:200]})")
        g = await c.call_tool("get", {"tenant": TENANT, "entity_set": "Tasks", "id": "t-1"})
        check(not g.is_error and g.structured_content["title"] == "From MCP", "get reads the entity")
        check(g.structured_content["@odata.context"].startswith(URL), f"links point at the server the agent used: {g.structured_content['@odata.context']}")
        l = await c.call_tool("list", {"tenant": TENANT, "entity_set": "Tasks", "filter": f"status eq '{act['to']}'", "select": "Id,status", "count": True})
        check(not l.is_error and [e["Id"] for e in l.structured_content["value"]] == ["t-1"], "list with $filter finds it")
        bad = await c.call_tool("get", {"tenant": TENANT, "entity_set": "Tasks"})
        check(bad.is_error and "`id` is required" in text(bad), "a missing argument is a tool error that says which")
        i = await c.call_tool("report_intent", {"tenant": TENANT, "intent": "archive finished tasks in bulk", "entity_type": "Task"})
        check(not i.is_error, "an unmet intent is recorded")
        t = await c.call_tool("trajectories", {"tenant": TENANT})
        rows = t.structured_content.get("rows") or t.structured_content.get("value") or []
        check(not t.is_error and any(r.get("http_status") == 403 for r in rows) and any(r.get("ok") for r in rows), f"the agent reads its own trajectory ({len(rows)} rows)")
        res = await c.list_resources()
        uris = [str(x.uri) for x in res.resources]
        check(f"temper://{TENANT}/specs/Task.ioa.toml" in uris, "the deployed spec is a resource")
        rr = await c.read_resource(f"temper://{TENANT}/specs/Task.ioa.toml")
        check("[automaton]" in rr.contents[0].text, "reading the spec resource gives the IOA TOML")


async def smoke(target, mode, expect_version):
    async with Client(target, mode=mode) as c:
        check(c.protocol_version == expect_version, f"{mode}: negotiated {c.protocol_version}")
        names = [t.name for t in (await c.list_tools()).tools]
        check("list" in names, f"{mode}: tools listed")
        l = await c.call_tool("list", {"tenant": TENANT, "entity_set": "Tasks", "filter": "Id eq 't-1'"})
        check(not l.is_error and len(l.structured_content["value"]) == 1, f"{mode}: list works")


def http(token):
    return httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx2.Timeout(60, read=300))


async def main():
    async with http(AGENT) as h:
        await full_story(streamable_http_client(URL + "/mcp", http_client=h), "2026-07-28")
    async with http(AGENT) as h:
        await smoke(streamable_http_client(URL + "/mcp", http_client=h), "legacy", "2025-11-25")
    stdio = StdioServerParameters(command=BINARY, args=["mcp", "--url", URL], env={**os.environ, "TEMPER_TOKEN": AGENT})
    await smoke(stdio, "auto", "2026-07-28")
    await smoke(stdio, "legacy", "2025-11-25")
    async with http(ADMIN) as h:
        async with Client(streamable_http_client(URL + "/mcp", http_client=h), mode="auto") as c:
            names = [t.name for t in (await c.list_tools()).tools]
            check("decide" in names, "an admin's tool list has `decide`")
            uris = [str(x.uri) for x in (await c.list_resources()).resources]
            docs = [u for u in uris if "/apps/" in u]
            check(docs, f"installed apps' docs are resources ({len(docs)})")
            rr = await c.read_resource(docs[0])
            check(len(rr.contents[0].text) > 20, f"an app doc reads as text: {docs[0]}")
            p = await c.get_prompt("operate", {"tenant": "tasks"})
            check("Tasks" in p.messages[0].content.text, "the operate prompt describes the tenant")
    print("agent story: all checks passed")


asyncio.run(main())
