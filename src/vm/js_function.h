#pragma once
// JSFunction: an ECMAScript function object (10.2) — a closure over a compiled CodeBlock.
#include "runtime/object.h"
#include "vm/code_block.h"

#include <cstdint>

namespace yjs {

class CodeBlock;
class Environment;
class JSFunction;
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

// The [[HomeObject]] and class-fields initializer of a method or class constructor, and the realm of a
// function whose code's other functions have another: a separate cell, since most functions have none.
class FunctionMethodData final : public Cell {
public:
    JSObject* home_object = nullptr;
    JSFunction* fields_initializer = nullptr;
    Realm* realm = nullptr; // null: the code's function_realm
    const char* class_name() const override { return "FunctionMethodData"; }
    void visit_edges(Visitor&) override;
};

class JSFunction final : public JSObject {
public:
    // InstantiateOrdinaryFunctionExpression & co.: OrdinaryFunctionCreate with the default prototype for the
    // code's kind (%Function.prototype%, %GeneratorFunction.prototype%, ...) or `prototype` when given, then
    // SetFunctionName(code->name) and, where the kind calls for it, MakeConstructor (or the generator
    // `prototype` object). The function's realm is the current realm.
    static JSFunction* create(VM&, CodeBlock* code, Environment* environment, JSObject* prototype = nullptr);
    // The cell's property slots follow the function's fields (create() makes room for its initial ones).
    JSFunction(Shape*, CodeBlock* code, Environment* environment);
    ~JSFunction() override;

    const char* class_name() const override { return "Function"; }
    bool is_function() const override { return true; }
    bool is_callable() const override { return true; }
    bool is_constructor() const override;
    Realm* function_realm() const override { return realm(); }

    ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments) override;
    ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                    JSObject* new_target) override;
    void visit_edges(Visitor&) override;

    CodeBlock* code_block() const { return code_; }
    Environment* environment() const { return environment_; }
    // [[Realm]]: the realm the function was created in. Not stored in the function: it is its code's
    // function_realm unless that code also has functions in other realms, which keep theirs in their side
    // data.
    Realm* realm() const {
        if (!code_->has_functions_in_other_realms) [[likely]]
            return code_->function_realm;
        return own_realm();
    }
    bool is_strict() const;
    bool is_arrow() const;
    bool is_class_constructor() const;
    ConstructorKind constructor_kind() const;

    // Null for arrows (they use their creator's, see active_function()).
    JSObject* home_object() const;
    void set_home_object(VM&, JSObject* home);
    // The class's instance-elements initializer (fields and private methods), run on construction.
    JSFunction* fields_initializer() const;
    void set_fields_initializer(VM&, JSFunction* initializer);

    // Arrow functions: what they inherit from the activation that created them.
    struct Lexical {
        Value this_value;           // the creator's this (unused when `this_box` is set)
        ThisBox* this_box = nullptr; // derived constructors: the shared this binding
        Value new_target;
        JSFunction* function = nullptr; // the creator's active function (home object, super(), fields)
        Realm* realm = nullptr;         // the arrow's realm when not its code's function_realm
        bool operator==(const Lexical& other) const {
            return this_value.bits() == other.this_value.bits() && this_box == other.this_box &&
                   new_target.bits() == other.new_target.bits() && function == other.function &&
                   realm == other.realm;
        }
    };
    // An immutable Lexical record: every arrow created by one activation can share a single one.
    class LexicalRecord final : public Cell {
    public:
        explicit LexicalRecord(const Lexical& lexical) : lexical(lexical) {}
        const Lexical lexical;
        const char* class_name() const override { return "ArrowLexicalRecord"; }
        void visit_edges(Visitor&) override;
    };
    // Arrows only (every arrow gets its record when created).
    const Lexical& lexical() const { return static_cast<const LexicalRecord*>(side_data())->lexical; }
    void set_lexical(LexicalRecord* record) { set_side_data(record); }

    // The function whose [[HomeObject]] / [[ConstructorKind]] / fields apply when this one runs: itself,
    // or for arrows the creating activation's function.
    JSFunction* active_function();

protected:
    void did_stop_sharing_slots() override { side_data_and_flag_ &= ~kSharesInitialSlots; }

private:
    FunctionMethodData* method_data() const;
    FunctionMethodData& ensure_method_data(VM&);
    Realm* own_realm() const;

    CodeBlock* code_;
    Environment* environment_;
    // Arrows: their LexicalRecord; other functions: their FunctionMethodData, or null while they have none.
    // The low bit says the slots are the code block's shared initial slots (see create()).
    static constexpr std::uintptr_t kSharesInitialSlots = 1;
    Cell* side_data() const { return reinterpret_cast<Cell*>(side_data_and_flag_ & ~kSharesInitialSlots); }
    void set_side_data(Cell* data) {
        side_data_and_flag_ = reinterpret_cast<std::uintptr_t>(data) | (side_data_and_flag_ & kSharesInitialSlots);
    }
    std::uintptr_t side_data_and_flag_ = 0;
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
