// Function properties of the global object (19.2): eval, isFinite, isNaN, parseFloat, parseInt. The URI
// functions are in uri_functions.cpp.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/number_conversion.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/eval.h"

#include <cmath>

namespace yjs {

namespace {

// isFinite ( number )
ThrowCompletionOr<Value> global_is_finite(VM& vm, const NativeCallInfo& call) {
    double number = TRY(ToNumber(vm, call.argument(0)));
    return Value::boolean(std::isfinite(number));
}

// isNaN ( number )
ThrowCompletionOr<Value> global_is_nan(VM& vm, const NativeCallInfo& call) {
    double number = TRY(ToNumber(vm, call.argument(0)));
    return Value::boolean(std::isnan(number));
}

// parseFloat ( string )
ThrowCompletionOr<Value> global_parse_float(VM& vm, const NativeCallInfo& call) {
    JSString* input = TRY(ToString(vm, call.argument(0)));
    return Value(input->is_8bit() ? ParseFloat(input->latin1_view()) : ParseFloat(input->utf16_view()));
}

// parseInt ( string, radix )
ThrowCompletionOr<Value> global_parse_int(VM& vm, const NativeCallInfo& call) {
    // 1. Let inputString be ? ToString(string).
    JSString* input = TRY(ToString(vm, call.argument(0)));
    // 6. Let R be ℝ(? ToInt32(radix)).
    std::int32_t radix = TRY(ToInt32(vm, call.argument(1)));
    return Value(input->is_8bit() ? ParseInt(input->latin1_view(), radix)
                                  : ParseInt(input->utf16_view(), radix));
}

} // namespace

void initialize_global_functions(VM& vm, Realm& realm) {
    JSObject* global = realm.global_object();
    // %eval% (19.2.1); direct calls are recognised by the interpreter through Intrinsic::Eval.
    JSObject* eval = global->define_native_function(vm, realm, vm.names().eval, eval_builtin, 1);
    realm.set_intrinsic(Intrinsic::Eval, eval);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isFinite"), global_is_finite, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isNaN"), global_is_nan, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "parseFloat"), global_parse_float,
                                   1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "parseInt"), global_parse_int, 2);
}

} // namespace yjs
