#include "runtime/realm.h"

#include "builtins/builtins.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/environment.h"

#include <limits>

namespace yjs {

namespace {

// %Object.prototype%: an immutable prototype exotic object (10.4.7); [[SetPrototypeOf]] only accepts the
// current value (null).
class ImmutablePrototypeObject final : public JSObject {
public:
    explicit ImmutablePrototypeObject(Shape* shape) : JSObject(shape) { set_ordinary_methods(true, true); }
    const char* class_name() const override { return "Object"; }

    // SetImmutablePrototype(O, V).
    ThrowCompletionOr<bool> internal_set_prototype_of(VM& vm, JSObject* prototype) override {
        JSObject* current = TRY(internal_get_prototype_of(vm));
        return prototype == current;
    }
};

// %Function.prototype% accepts any arguments and returns undefined.
ThrowCompletionOr<Value> function_prototype_call(VM&, const NativeCallInfo&) {
    return Value::undefined();
}

// %ThrowTypeError%.
ThrowCompletionOr<Value> throw_type_error(VM& vm, const NativeCallInfo&) {
    return vm.throw_type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the "
        "arguments objects for calls to them");
}

} // namespace

void Realm::visit_edges(Visitor& visitor) {
    for (JSObject* intrinsic : intrinsics_)
        visitor.visit(intrinsic);
    visitor.visit(global_object_);
    visitor.visit(global_environment_);
    if (host_defined_) visitor.visit(host_defined_);
    visitor.visit(iter_result_shape_);
}

Realm* Realm::create(VM& vm) {
    auto* realm = vm.heap().allocate<Realm>();
    // Everything below runs "in" the new realm (CreateBuiltinFunction defaults to the current realm).
    Realm* caller_realm = vm.current_realm_or_null();
    vm.set_current_realm(realm);
    const CommonNames& names = vm.names();

    // CreateIntrinsics: the two objects every other intrinsic links to come first.
    auto* object_prototype = vm.heap().allocate<ImmutablePrototypeObject>(Shape::create_root(vm, nullptr));
    realm->set_intrinsic(Intrinsic::ObjectPrototype, object_prototype);
    NativeFunction* function_prototype =
        NativeFunction::create(vm, *realm, function_prototype_call, 0, names.empty_string, object_prototype);
    realm->set_intrinsic(Intrinsic::FunctionPrototype, function_prototype);

    // %ThrowTypeError%: anonymous, non-extensible, "length" and "name" non-configurable and non-writable.
    NativeFunction* thrower = NativeFunction::create(vm, *realm, throw_type_error, 0, names.empty_string);
    thrower->define_direct_property(vm, names.length, Value(0.0), 0);
    thrower->define_direct_property(vm, names.name, names.empty_string.as_atom(), 0);
    thrower->ordinary_prevent_extensions(vm);
    realm->set_intrinsic(Intrinsic::ThrowTypeError, thrower);
    // AddRestrictedFunctionProperties(%Function.prototype%, realm).
    function_prototype->define_direct_accessor(vm, names.caller, thrower, thrower, kConfigurable);
    function_prototype->define_direct_accessor(vm, names.arguments, thrower, thrower, kConfigurable);

    // SetRealmGlobalObject(realm, undefined, undefined): an ordinary global whose this value is itself.
    JSObject* global = JSObject::create(vm, object_prototype);
    realm->set_global_object(global);
    realm->set_global_environment(GlobalEnvironment::create(vm, global, global));

    // SetDefaultGlobalBindings: the value properties of the global object (19.1), then every built-in.
    global->define_direct_property(vm, names.globalThis, global, kWritable | kConfigurable);
    global->define_direct_property(vm, names.Infinity, Value(std::numeric_limits<double>::infinity()), 0);
    global->define_direct_property(vm, names.NaN, Value(std::numeric_limits<double>::quiet_NaN()), 0);
    global->define_direct_property(vm, names.undefined, Value::undefined(), 0);
    initialize_builtins(vm, *realm);

    vm.set_current_realm(caller_realm);
    return realm;
}

} // namespace yjs
