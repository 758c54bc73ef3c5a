#pragma once
// Environments (ECMA-262 9.1): the run-time scope chain the interpreter calls "contexts".
//
//  - DeclarativeEnvironment: the slots of one compiler scope (function, block, catch, class, eval...),
//    laid out by a ScopeInfo. Slots start as the hole (uninitialised, TDZ). A function-top scope of sloppy
//    code containing direct eval also owns an *extension* list for the `var`/function bindings eval adds.
//  - ObjectEnvironment: the object environment of a `with` statement (honours @@unscopables).
//  - GlobalEnvironment: the global object record, the declarative record for global let/const/class
//    and the global this value (current spec: no [[VarNames]]; var/function bindings are restricted global
//    properties because they are non-configurable).
//
// Depth counting for LdaContextSlot/StaContextSlot: every environment in the parent chain counts as one
// level (declarative and object environments alike).
#include "heap/cell.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace yjs {

class VM;
class JSObject;
class JSString;
class ScopeInfo;

class Environment : public Cell {
public:
    enum class Kind : std::uint8_t { Declarative, Object, Global };

    Kind kind() const { return kind_; }
    bool is_declarative() const { return kind_ == Kind::Declarative; }
    bool is_object() const { return kind_ == Kind::Object; }
    bool is_global() const { return kind_ == Kind::Global; }
    Environment* parent() const { return parent_; }
    void visit_edges(Visitor&) override;

protected:
    Environment(Kind kind, Environment* parent) : parent_(parent), kind_(kind) {}

private:
    Environment* parent_;
    Kind kind_;
};

// A binding added to a function scope by sloppy direct eval (deletable, mutable).
struct EvalBinding {
    JSString* name; // atom
    Value value;
};

class DeclarativeEnvironment final : public Environment {
public:
    // A new context with `scope_info->slot_count` slots, all holes.
    static DeclarativeEnvironment* create(VM&, ScopeInfo* scope_info, Environment* parent);
    DeclarativeEnvironment(ScopeInfo* scope_info, Environment* parent, std::uint32_t slot_count);

    ScopeInfo* scope_info() const { return scope_info_; }
    std::uint32_t slot_count() const { return slot_count_; }
    Value* slots() { return reinterpret_cast<Value*>(this + 1); }
    // CreatePerIterationEnvironment: a new environment with the same ScopeInfo, parent and slot values.
    DeclarativeEnvironment* copy(VM&);
    Value& slot(std::uint32_t index) { return slots()[index]; }

    // Eval-introduced var bindings (only in function scopes of sloppy code with direct eval).
    EvalBinding* find_eval_binding(JSString* name);
    void add_eval_binding(JSString* name, Value value);
    bool remove_eval_binding(JSString* name);

    const char* class_name() const override { return "DeclarativeEnvironment"; }
    void visit_edges(Visitor&) override;

private:
    ScopeInfo* scope_info_;
    std::uint32_t slot_count_;
    std::unique_ptr<std::vector<EvalBinding>> eval_bindings_;
};

class ObjectEnvironment final : public Environment {
public:
    static ObjectEnvironment* create(VM&, JSObject* binding_object, bool is_with_environment, Environment* parent);
    ObjectEnvironment(JSObject* binding_object, bool is_with_environment, Environment* parent)
        : Environment(Kind::Object, parent), binding_object_(binding_object), is_with_environment_(is_with_environment) {}

    JSObject* binding_object() const { return binding_object_; }
    bool is_with_environment() const { return is_with_environment_; }

    // HasBinding (9.1.1.2.1), including the @@unscopables check for with environments.
    ThrowCompletionOr<bool> has_binding(VM&, JSString* name);

    const char* class_name() const override { return "ObjectEnvironment"; }
    void visit_edges(Visitor&) override;

private:
    JSObject* binding_object_;
    bool is_with_environment_;
};

class GlobalEnvironment final : public Environment {
public:
    // NewGlobalEnvironment(G, thisValue).
    static GlobalEnvironment* create(VM&, JSObject* global_object, JSObject* this_value);
    GlobalEnvironment(JSObject* global_object, JSObject* this_value);

    JSObject* global_object() const { return global_object_; }
    JSObject* global_this() const { return global_this_; }

    // --- Declarative record (global let/const/class) ---
    struct LexicalBinding {
        JSString* name;
        Value value; // the hole until initialised
        bool is_const;
    };
    // Index of the lexical binding `name`, if any. Indices, and the bindings' addresses (a binding is never
    // removed), are stable for the realm's lifetime: inline caches keep a pointer to a binding's value.
    std::optional<std::uint32_t> find_lexical(JSString* name) const;
    LexicalBinding& lexical(std::uint32_t index) { return lexicals_[index]; }
    std::uint32_t create_lexical(JSString* name, bool is_const);
    // Bumped whenever a lexical binding is added: inline caches of global-object lookups check it.
    std::uint32_t lexical_epoch() const { return lexical_epoch_; }

    // --- Spec algorithms used by GlobalDeclarationInstantiation (9.1.1.4) ---
    bool has_lexical_declaration(JSString* name) const { return find_lexical(name).has_value(); }
    ThrowCompletionOr<bool> has_restricted_global_property(VM&, JSString* name);
    ThrowCompletionOr<bool> can_declare_global_var(VM&, JSString* name);
    ThrowCompletionOr<bool> can_declare_global_function(VM&, JSString* name);
    ThrowCompletionOr<void> create_global_var_binding(VM&, JSString* name, bool deletable);
    ThrowCompletionOr<void> create_global_function_binding(VM&, JSString* name, Value, bool deletable);

    // HasBinding (9.1.1.4.1).
    ThrowCompletionOr<bool> has_binding(VM&, JSString* name);

    const char* class_name() const override { return "GlobalEnvironment"; }
    void visit_edges(Visitor&) override;

private:
    JSObject* global_object_;
    JSObject* global_this_;
    std::deque<LexicalBinding> lexicals_; // (a deque: appending never moves the existing bindings)
    std::unordered_map<JSString*, std::uint32_t> lexical_index_;
    std::uint32_t lexical_epoch_ = 0;
};

// ResolveBinding through an environment chain, for the dynamic-lookup opcodes (with, sloppy direct eval).
struct ResolvedBinding {
    enum class Kind : std::uint8_t {
        Unresolvable,
        Slot,          // a declarative environment slot (`index`)
        EvalVariable,  // an eval-introduced var of a function scope
        Object,        // a property of an object environment's binding object
        GlobalLexical, // the global declarative record (`index`)
        GlobalObject,  // a property of the global object
    };
    Kind kind = Kind::Unresolvable;
    Environment* environment = nullptr;
    std::uint32_t index = 0;
    bool is_const = false;   // immutable binding
    bool is_lexical = false; // TDZ applies (hole = uninitialised)
};
ThrowCompletionOr<ResolvedBinding> ResolveBinding(VM&, Environment* environment, JSString* name);
// The binding `name` of one environment that ResolveBinding found earlier (null: unresolvable). Object
// environments are not re-checked here: their GetBindingValue/SetMutableBinding do that.
ResolvedBinding BindingIn(Environment* environment, JSString* name);
// GetBindingValue through a resolved reference; `strict` is the reference's [[Strict]].
ThrowCompletionOr<Value> GetBindingValue(VM&, const ResolvedBinding&, JSString* name, bool strict);
// PutValue: SetMutableBinding, or for an unresolvable reference Set on the global object (sloppy) /
// ReferenceError (strict).
ThrowCompletionOr<void> PutBindingValue(VM&, const ResolvedBinding&, JSString* name, Value, bool strict);
// varEnv.SetMutableBinding(name, value, false) with varEnv = variable_environment_of(environment) (InitLookup:
// Annex B.3.2.3's copy of a block-level function to its var binding in sloppy eval code).
ThrowCompletionOr<void> SetVarBinding(VM&, Environment* environment, JSString* name, Value);
// The `delete identifier` operator (sloppy code).
ThrowCompletionOr<bool> DeleteBinding(VM&, const ResolvedBinding&, JSString* name);
// WithBaseObject of the resolved binding: the with-object, or undefined.
Value WithBaseObject(const ResolvedBinding&);

// The variable environment for `var` declarations of sloppy direct eval code running in `environment`: the
// nearest function-scope declarative environment or the global environment.
Environment* variable_environment_of(Environment* environment);

// Walks `depth` parents up from `environment`.
inline Environment* environment_at_depth(Environment* environment, std::uint32_t depth) {
    while (depth--) environment = environment->parent();
    return environment;
}

} // namespace yjs
