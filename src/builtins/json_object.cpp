// The JSON object (25.5).
#include "builtins/builtins.h"
#include "builtins/json.h"
#include "runtime/vm.h"

namespace yjs {

void initialize_json_object(VM& vm, Realm& realm) {
    JSObject* json = make_intrinsic_object(vm, realm, Intrinsic::JSONObject);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "parse"), JSONParse, 2);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "stringify"), JSONStringify, 3);
    define_to_string_tag(vm, json, "JSON");
    define_global_property(vm, realm, "JSON", json);
}

} // namespace yjs
