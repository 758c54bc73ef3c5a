#pragma once
// The test262 host (INTERPRETING.md): `print` and `$262` on a realm's global object.
namespace yjs {

class JSObject;
class Realm;
class VM;

// Defines `print` and `$262` (createRealm, evalScript, gc, global) on the realm's global object as
// writable, configurable, non-enumerable properties.
void install_test262_host(VM&, Realm&);

// Defines $262.agent on `host` (test262_agents.cpp): start, broadcast, getReport, sleep and monotonicNow
// in the main agent; receiveBroadcast, report, leaving, sleep and monotonicNow in the agents it starts.
void install_test262_agent(VM&, Realm&, JSObject* host);
// Called when the main agent's runtime ends: stops the idle agents, joins those that finish within a
// moment, and leaves the others detached to end with the process.
void shutdown_test262_agents();

} // namespace yjs
