#pragma once
// JSFunction: an ECMAScript function object (10.2) — a closure over a compiled CodeBlock.
#include "runtime/object.h"

#include <cstdint>

namespace yjs {

class CodeBlock;
class Environment;
class Realm;
class VM;

enum class ConstructorKind : std::uint8_t { Base, Derived };

// Shared `this` cell of a derived-constructor activation. `this` starts as the hole and is bound by
// super(); arrow functions and direct eval inside the constructor share the box so that every one of them
// observes (and can perform) the binding.
class ThisBox final : public Cell {
public:
    explicit ThisBox(Value value) : value(value) {}
    Value value;
    const char* class_name() const override { return "ThisBox"; }
    void visit_edges(Visitor& visitor) override { visitor.visit(value); }
};

class JSFunction final : public JSObject {
public:
    // InstantiateOrdinaryFunctionExpression & co.: OrdinaryFunctionCreate with the default prototype for the
    // code's kind (%Function.prototype%, %GeneratorFunction.prototype%, ...) or `prototype` when given, then
    // SetFunctionName(code->name) and, where the kind calls for it, MakeConstructor (or the generator
    // `prototype` object). The function's realm is the current realm.
    static JSFunction* create(VM&, CodeBlock* code, Environment* environment, JSObject* prototype = nullptr);
    JSFunction(Shape*, CodeBlock* code, Environment* environment, Realm* realm);

    const char* class_name() const override { return "Function"; }
    bool is_function() const override { return true; }
    bool is_callable() const override { return true; }
    bool is_constructor() const override { return is_constructor_; }
    Realm* function_realm() const override { return realm_; }

    ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments) override;
    ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                    JSObject* new_target) override;
    void visit_edges(Visitor&) override;

    CodeBlock* code_block() const { return code_; }
    Environment* environment() const { return environment_; }
    Realm* realm() const { return realm_; }
    bool is_strict() const;
    bool is_arrow() const;
    bool is_class_constructor() const;
    ConstructorKind constructor_kind() const;

    JSObject* home_object() const { return home_object_; }
    void set_home_object(JSObject* home) { home_object_ = home; }
    // The class's instance-elements initializer (fields and private methods), run on construction.
    JSFunction* fields_initializer() const { return fields_initializer_; }
    void set_fields_initializer(JSFunction* initializer) { fields_initializer_ = initializer; }

    // Arrow functions: what they inherit from the activation that created them.
    struct Lexical {
        Value this_value;           // the creator's this (unused when `this_box` is set)
        ThisBox* this_box = nullptr; // derived constructors: the shared this binding
        Value new_target;
        JSFunction* function = nullptr; // the creator's active function (home object, super(), fields)
    };
    const Lexical& lexical() const { return lexical_; }
    void set_lexical(const Lexical& lexical) { lexical_ = lexical; }

    // The function whose [[HomeObject]] / [[ConstructorKind]] / fields apply when this one runs: itself,
    // or for arrows the creating activation's function.
    JSFunction* active_function() { return is_arrow() && lexical_.function ? lexical_.function : this; }

private:
    CodeBlock* code_;
    Environment* environment_;
    Realm* realm_;
    JSObject* home_object_ = nullptr;
    JSFunction* fields_initializer_ = nullptr;
    Lexical lexical_;
    bool is_constructor_ = false;
};

// Fast exact type test for the interpreter's call paths.
inline JSFunction* as_js_function(Value value) {
    if (!value.is_object()) return nullptr;
    JSObject* object = value.as_object();
    return has_exact_type<JSFunction>(*object) ? static_cast<JSFunction*>(object) : nullptr;
}

// MakeConstructor(F, writablePrototype, prototype) without the optional prototype: creates the prototype
// object with its "constructor" property.
void MakeConstructor(VM&, JSFunction*, bool writable_prototype = true, JSObject* prototype = nullptr);

} // namespace yjs
