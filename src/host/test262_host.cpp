#include "host/test262_host.h"

#include "host/runtime_state.h"
#include "host/script.h"
#include "runtime/abstract_ops.h"
#include "runtime/array_buffer.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/interpreter.h"

namespace yjs {

namespace {

Realm& realm_of(const NativeCallInfo& call) {
    return *static_cast<NativeFunction*>(call.callee)->realm();
}

// print(value): ToString(value) and a newline on stdout.
ThrowCompletionOr<Value> print(VM& vm, const NativeCallInfo& call) {
    JSString* text = TRY(ToString(vm, call.argument(0)));
    yieldjs::detail::state_of(call.callee).write_stdout(text->to_utf8() + "\n");
    return Value::undefined();
}

// $262.createRealm(): a new realm with its own globals, print and $262; returns that $262.
ThrowCompletionOr<Value> create_realm(VM& vm, const NativeCallInfo& call) {
    Realm* realm = vm.create_realm();
    yieldjs::detail::state_of(call.callee).prepare_realm(*realm);
    auto host = realm->global_object()->lookup_own_storage(PropertyKey::from_ascii(vm, "$262"));
    return host ? host->value : Value::undefined();
}

// $262.evalScript(source): ScriptEvaluation in this $262's realm; a parse error throws that realm's
// SyntaxError.
ThrowCompletionOr<Value> eval_script(VM& vm, const NativeCallInfo& call) {
    Realm& realm = realm_of(call);
    JSString* source = TRY(ToString(vm, call.argument(0)));
    TRY(vm.check_native_stack_for_compile());
    CompiledSource compiled = compile_source(vm, source->to_u16string(), "<evalScript>", false);
    if (compiled.error) {
        return vm.throw_value(ErrorObject::create(vm, realm, ErrorType::SyntaxError,
                                                  JSString::from_utf8(vm, compiled.error->message)));
    }
    return vm.interpreter().run_script(compiled.code, realm);
}

// $262.detachArrayBuffer(buffer): DetachArrayBuffer(buffer) with the default (undefined) key.
ThrowCompletionOr<Value> detach_array_buffer(VM& vm, const NativeCallInfo& call) {
    auto* buffer = as_if<ArrayBufferObject>(call.argument(0));
    if (!buffer || buffer->is_shared()) return vm.throw_type_error("detachArrayBuffer: not an ArrayBuffer");
    TRY(DetachArrayBuffer(vm, *buffer));
    return Value::undefined();
}

ThrowCompletionOr<Value> gc(VM& vm, const NativeCallInfo&) {
    vm.heap().collect_garbage();
    return Value::undefined();
}

} // namespace

void install_test262_host(VM& vm, Realm& realm) {
    JSObject* global = realm.global_object();
    JSObject* host = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    host->define_direct_property(vm, PropertyKey::from_ascii(vm, "AbstractModuleSource"),
                                 realm.intrinsic(Intrinsic::AbstractModuleSourceConstructor),
                                 kBuiltinAttributes);
    host->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "createRealm"), create_realm, 0);
    host->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "detachArrayBuffer"),
                                 detach_array_buffer, 1);
    host->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "evalScript"), eval_script, 1);
    host->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "gc"), gc, 0);
    host->define_direct_property(vm, PropertyKey::from_ascii(vm, "global"), global, kBuiltinAttributes);
    install_test262_agent(vm, realm, host);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "print"), print, 1);
    global->define_direct_property(vm, PropertyKey::from_ascii(vm, "$262"), host, kBuiltinAttributes);
}

} // namespace yjs
