#pragma once
// The test262 host (INTERPRETING.md): `print` and `$262` on a realm's global object.
namespace yjs {

class Realm;
class VM;

// Defines `print` and `$262` (createRealm, evalScript, gc, global) on the realm's global object as
// writable, configurable, non-enumerable properties.
void install_test262_host(VM&, Realm&);

} // namespace yjs
