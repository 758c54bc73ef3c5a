#include "runtime/function.h"

#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <cassert>

namespace yjs {

NativeFunction* NativeFunction::create(VM& vm, Realm& realm, NativeFunctionPointer function,
                                       std::uint32_t length, PropertyKey name, JSObject* prototype,
                                       const char* prefix) {
    if (!prototype) prototype = realm.intrinsic(Intrinsic::FunctionPrototype);
    auto* native = vm.heap().allocate<NativeFunction>(Shape::create_root(vm, prototype), function, &realm);
    SetFunctionLength(vm, native, length);
    SetFunctionName(vm, native, name, prefix);
    return native;
}

NativeFunction::NativeFunction(Shape* shape, NativeFunctionPointer function, Realm* realm)
    : JSObject(shape), function_(function), realm_(realm) {
    set_ordinary_methods(true, true);
}

void NativeFunction::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(realm_);
    visitor.visit(initial_name_);
    for (Value value : captures_)
        visitor.visit(value);
}

ThrowCompletionOr<Value> NativeFunction::internal_call(VM& vm, Value this_value,
                                                       std::span<const Value> arguments) {
    TRY(vm.check_native_stack());
    Realm* caller_realm = vm.current_realm_or_null();
    vm.set_current_realm(realm_);
    NativeCallInfo info{this_value, arguments, this, nullptr};
    ThrowCompletionOr<Value> result = function_(vm, info);
    vm.set_current_realm(caller_realm);
    return result;
}

ThrowCompletionOr<JSObject*> NativeFunction::internal_construct(VM& vm, std::span<const Value> arguments,
                                                                JSObject* new_target) {
    TRY(vm.check_native_stack());
    Realm* caller_realm = vm.current_realm_or_null();
    vm.set_current_realm(realm_);
    NativeCallInfo info{Value::undefined(), arguments, this, new_target};
    ThrowCompletionOr<Value> result = function_(vm, info);
    vm.set_current_realm(caller_realm);
    Value value = TRY(std::move(result));
    assert(value.is_object() && "a built-in [[Construct]] returns an object");
    return value.as_object();
}

ThrowCompletionOr<BoundFunction*> BoundFunction::create(VM& vm, JSObject* target, Value bound_this,
                                                        std::span<const Value> bound_arguments) {
    // 1. Let proto be ? targetFunction.[[GetPrototypeOf]]().
    JSObject* prototype = TRY(target->internal_get_prototype_of(vm));
    return vm.heap().allocate<BoundFunction>(
        Shape::create_root(vm, prototype), target, bound_this,
        std::vector<Value>(bound_arguments.begin(), bound_arguments.end()));
}

BoundFunction::BoundFunction(Shape* shape, JSObject* target, Value bound_this,
                             std::vector<Value> bound_arguments)
    : JSObject(shape), target_(target), bound_this_(bound_this),
      bound_arguments_(std::move(bound_arguments)) {
    set_ordinary_methods(true, true);
}

bool BoundFunction::is_constructor() const {
    return target_->is_constructor();
}

void BoundFunction::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(target_);
    visitor.visit(bound_this_);
    for (Value value : bound_arguments_)
        visitor.visit(value);
}

ThrowCompletionOr<Value> BoundFunction::internal_call(VM& vm, Value, std::span<const Value> arguments) {
    TRY(vm.check_native_stack());
    if (bound_arguments_.empty()) return Call(vm, target_, bound_this_, arguments);
    MarkedValueVector all(vm.heap());
    all.reserve(bound_arguments_.size() + arguments.size());
    for (Value value : bound_arguments_)
        all.push_back(value);
    for (Value value : arguments)
        all.push_back(value);
    return Call(vm, target_, bound_this_, all.span());
}

ThrowCompletionOr<JSObject*> BoundFunction::internal_construct(VM& vm, std::span<const Value> arguments,
                                                               JSObject* new_target) {
    TRY(vm.check_native_stack());
    // 5. If SameValue(F, newTarget) is true, set newTarget to target.
    if (new_target == this) new_target = target_;
    if (bound_arguments_.empty()) return Construct(vm, target_, arguments, new_target);
    MarkedValueVector all(vm.heap());
    all.reserve(bound_arguments_.size() + arguments.size());
    for (Value value : bound_arguments_)
        all.push_back(value);
    for (Value value : arguments)
        all.push_back(value);
    return Construct(vm, target_, all.span(), new_target);
}

} // namespace yjs
