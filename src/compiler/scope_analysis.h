#pragma once
// Scope analysis: the pass the compiler runs over a whole Program before emitting anything.
//
// It builds a tree of Scopes (one per construct that declares bindings: script/eval/module top level,
// function name, parameters, function body, blocks, for heads, switch, catch, class bodies, `with`),
// resolves every identifier reference and binding occurrence to a Variable (or to the global object /
// a dynamic lookup), records which variables are captured by nested closures or visible to direct eval,
// and finally allocates each variable a location:
//   - a register of its function's frame (not captured, no eval/with can see it), or
//   - a slot in its scope's context (captured by a closure, visible to direct eval, or named by a dynamic
//     lookup); such scopes get a ScopeInfo and a PushContext at entry.
// References that a `with` object or var bindings added by sloppy direct eval could intercept are
// dynamic (LdaLookup & co.); unresolved references in scripts are globals.
//
// `this`, new.target and super are not bindings here: the interpreter gives arrow functions and eval code
// the values of the activation that created/called them (see bytecodes.h). `arguments` is an ordinary
// binding of the nearest non-arrow function.
#include "parser/ast.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yjs {

struct Scope;
struct FunctionInfo;

struct Variable {
    enum class Location : std::uint8_t { Unallocated, Register, Context, Callee };

    std::u16string name;
    Scope* scope = nullptr;
    bool has_tdz = false;        // starts uninitialised: let/const/class, parameters of non-simple lists
    bool is_const = false;       // assignment throws TypeError (const, class inner name, imports)
    bool is_sloppy_const = false; // named function expression binding: assignment ignored unless strict
    bool is_lexical = false;     // ScopeInfo::Binding::is_lexical (conflicts with eval var declarations)
    bool is_function_name = false; // the binding of a named function expression (value = the callee)
    bool is_import = false;        // a module import binding (read with LdaModuleVariable)
    std::uint32_t init_position = 0; // same-function references at or after this offset need no TDZ check

    bool captured = false;       // referenced from a nested function
    bool needs_context = false;  // must live in a context (captured, eval-visible, looked up by name)
    bool hole_checked = false;   // some same-function reference checks for the hole (register: init to hole)
    bool used = false;

    bool is_parameter = false;
    int parameter_index = -1;    // formal parameter position (last occurrence for duplicates)

    Location location = Location::Unallocated;
    std::uint32_t index = 0; // register or slot
};

enum class ScopeKind : std::uint8_t {
    Script,       // global code of a script (its bindings are globals, not Variables)
    Eval,         // eval code top level (lexical declarations; vars too when strict)
    Module,       // module top level
    FunctionName, // binding of a named function expression's own name
    ParameterEval, // empty var scope above the parameters of a sloppy function with parameter expressions
                   // and direct eval: receives vars declared by eval in parameter initializers
    Function,     // parameters (+ arguments), and the body's declarations unless separate
    FunctionBody, // body var/lexical declarations when the function has parameter expressions
    Block,        // block, for head, switch case block, class static block
    Catch,        // catch parameter(s)
    Class,        // class name binding, private names, class helper bindings
    With,         // object environment of a with statement
};

struct Scope {
    ScopeKind kind = ScopeKind::Block;
    Scope* parent = nullptr;
    FunctionInfo* function = nullptr; // the closure this scope's code runs in
    const Node* node = nullptr;

    std::vector<Variable*> variables; // declaration order
    std::unordered_map<std::u16string, Variable*> by_name;

    bool is_var_scope = false;     // vars of its function (or static block) are declared here
    bool eval_extensible = false;  // sloppy direct eval may add var bindings here
    bool eval_visible = false;     // a direct eval can see this scope: every binding lives in the context
    bool is_switch = false;        // a case block: textual order says nothing about initialisation

    // Allocation results.
    bool has_context = false;
    std::uint32_t slot_count = 0;

    Variable* find(std::u16string_view name) const;
};

// The parts of a class the code generator needs beyond the AST.
struct ClassInfo {
    Scope* scope = nullptr;                 // the class scope (inner name, private names, helpers)
    Variable* inner_name = nullptr;         // the class's inner binding, or null for anonymous classes
    FunctionInfo* instance_initializer = nullptr; // fields + private methods, or null if none
    FunctionInfo* static_initializer = nullptr;   // static fields + static blocks, or null if none
    // Helper bindings in the class scope, per element: the evaluated computed key of a field, and the
    // closure of an instance private method/accessor (shared by every instance).
    std::unordered_map<const ClassElement*, Variable*> field_keys;
    std::unordered_map<const ClassElement*, Variable*> private_methods;
};

enum class FunctionInfoKind : std::uint8_t { Program, Function, InstanceInitializer, StaticInitializer };

struct FunctionInfo {
    FunctionInfoKind kind = FunctionInfoKind::Function;
    const FunctionNode* node = nullptr;   // kind Function
    const ClassNode* class_node = nullptr; // initializers
    FunctionInfo* parent = nullptr;
    Scope* outer_scope = nullptr;  // where the closure is created (null for the program)

    Scope* name_scope = nullptr;     // named function expressions
    Scope* parameter_eval_scope = nullptr;
    Scope* parameter_scope = nullptr; // function: parameters; program: the top-level scope
    Scope* body_scope = nullptr;      // == parameter_scope unless the function has parameter expressions

    bool is_arrow = false;
    bool strict = false;
    bool contains_direct_eval = false; // a direct eval call whose nearest function is this one
    Variable* arguments = nullptr;     // the arguments object binding, if the function can have one
    std::uint32_t parameter_count = 0;      // formal parameter registers (parameters before a rest element)
    std::uint32_t local_register_count = 0; // registers after the parameter registers, for Variables
    bool uses_contexts = false;             // some scope of this function has a context
};

// A resolved reference or binding occurrence.
struct Resolution {
    Variable* variable = nullptr; // the static binding, or null: global (script) / dynamic lookup
    bool dynamic = false;         // a with object or eval-declared var may intercept: look up by name
    bool needs_hole_check = false;
    bool crosses_function = false;
};

struct AnalysisOptions {
    bool is_eval = false;        // eval code (direct or indirect)
    bool is_direct_eval = false; // free references resolve through the caller's scope chain
};

class ScopeAnalysis {
public:
    ScopeAnalysis(const Program&, const AnalysisOptions&);
    ~ScopeAnalysis();
    ScopeAnalysis(const ScopeAnalysis&) = delete;
    ScopeAnalysis& operator=(const ScopeAnalysis&) = delete;

    FunctionInfo* program() const { return program_; }
    FunctionInfo* function(const FunctionNode*) const;
    // The scope a block-like node opens (Block, For*, Switch, Catch, Class, With, static block
    // FunctionNode), or null when it declares nothing.
    Scope* scope_of(const Node*) const;
    const ClassInfo* class_info(const ClassNode*) const;
    // Identifier references and binding occurrences (and PrivateName references).
    const Resolution& resolution(const Node* identifier) const;
    bool has_resolution(const Node* identifier) const;

    const AnalysisOptions& options() const { return options_; }

private:
    friend class ScopeBuilder;
    AnalysisOptions options_;
    FunctionInfo* program_ = nullptr;
    std::vector<std::unique_ptr<Variable>> variables_;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::vector<std::unique_ptr<FunctionInfo>> functions_;
    std::vector<std::unique_ptr<ClassInfo>> classes_;
    std::unordered_map<const FunctionNode*, FunctionInfo*> function_map_;
    std::unordered_map<const Node*, Scope*> scope_map_;
    std::unordered_map<const ClassNode*, ClassInfo*> class_map_;
    std::unordered_map<const Node*, Resolution> resolutions_;
};

} // namespace yjs
