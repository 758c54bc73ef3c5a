#pragma once
// Function objects implemented in C++: built-in (native) functions and bound functions.
// Bytecode closures (JSFunction) live in src/vm/js_function.h.
#include "runtime/object.h"

#include <vector>

namespace yjs {

class Realm;

using NativeFunctionPointer = JSObject::NativeFunctionPointer;

// A built-in function object (10.3). `captures` holds per-instance state for functions created at run
// time by abstract operations (promise resolving functions, iterator helpers' closures, ...): the spec's
// additional internal slots. Subclass when named fields read better.
//
// [[Call]] / [[Construct]] check the native stack, make the function's realm the current realm for the
// duration of the call and invoke the pointer with a NativeCallInfo (new_target set for [[Construct]],
// whose result must be an object).
class NativeFunction : public JSObject {
public:
    // CreateBuiltinFunction: sets "length" then "name" (with optional prefix "get"/"set"/"bound").
    // `prototype` null means realm's %Function.prototype%.
    static NativeFunction* create(VM&, Realm&, NativeFunctionPointer, std::uint32_t length, PropertyKey name,
                                  JSObject* prototype = nullptr, const char* prefix = nullptr);
    NativeFunction(Shape*, NativeFunctionPointer, Realm*);

    const char* class_name() const override { return "NativeFunction"; }
    bool is_function() const override { return true; }
    bool is_callable() const override { return true; }
    bool is_constructor() const override { return is_constructor_; }
    void set_is_constructor(bool value) { is_constructor_ = value; }
    Realm* realm() const { return realm_; }
    Realm* function_realm() const override { return realm_; }
    NativeFunctionPointer function() const { return function_; }
    std::vector<Value>& captures() { return captures_; }
    Value capture(std::size_t i) const { return captures_[i]; }
    // [[InitialName]] (Function.prototype.toString); null until SetFunctionName runs.
    JSString* initial_name() const { return initial_name_; }
    void set_initial_name(JSString* name) { initial_name_ = name; }

    ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments) override;
    ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                    JSObject* new_target) override;
    void visit_edges(Visitor&) override;

private:
    NativeFunctionPointer function_;
    Realm* realm_;
    JSString* initial_name_ = nullptr;
    bool is_constructor_ = false;
    std::vector<Value> captures_;
};

// Bound function exotic object (10.4.1).
class BoundFunction final : public JSObject {
public:
    // BoundFunctionCreate: [[Prototype]] is target.[[GetPrototypeOf]](); no "name"/"length" (bind adds them).
    static ThrowCompletionOr<BoundFunction*> create(VM&, JSObject* target, Value bound_this,
                                                   std::span<const Value> bound_arguments);
    BoundFunction(Shape*, JSObject* target, Value bound_this, std::vector<Value> bound_arguments);

    const char* class_name() const override { return "BoundFunction"; }
    bool is_function() const override { return true; }
    bool is_callable() const override { return true; }
    bool is_constructor() const override;
    JSObject* target() const { return target_; }
    Value bound_this() const { return bound_this_; }
    const std::vector<Value>& bound_arguments() const { return bound_arguments_; }

    ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments) override;
    ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                    JSObject* new_target) override;
    void visit_edges(Visitor&) override;

private:
    JSObject* target_;
    Value bound_this_;
    std::vector<Value> bound_arguments_;
};

} // namespace yjs
