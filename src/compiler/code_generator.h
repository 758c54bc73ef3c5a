#pragma once
// The AST walker that emits bytecode for one code block (a function, the program, or a synthetic class
// initializer). Split across codegen_*.cpp by topic: functions/programs/classes, statements and control
// flow, expressions and calls, references and destructuring.
//
// Conventions inside the generator:
//  - expression() leaves the value in the accumulator; stores leave the accumulator unchanged.
//  - Temporaries follow a stack discipline (RegisterScope releases everything allocated in its lifetime).
//  - current_scope_ is the innermost scope whose context state matches the run-time context: context slot
//    depths are counted from it (every scope with has_context on the way up is one environment level).
//  - The control stack records what a break/continue/return must unwind on its way out: contexts to pop,
//    finally blocks to run, iterators to close, exception-handler ranges to leave.
#include "compiler/bytecode_builder.h"
#include "compiler/compiler.h"
#include "compiler/scope_analysis.h"
#include "parser/ast.h"
#include "vm/code_block.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yjs {

class VM;
class ModuleLayout;

// State shared by all code blocks of one compile_program call.
class Compiler {
public:
    Compiler(VM&, const Program&, std::shared_ptr<SourceCode>, const CompileOptions&);
    CodeBlock* compile();

    VM& vm() { return vm_; }
    const Program& program() const { return program_; }
    const ScopeAnalysis& analysis() const { return analysis_; }
    const CompileOptions& options() const { return options_; }
    const std::shared_ptr<SourceCode>& source() const { return source_; }
    // The ScopeInfo of a scope that has a context (created once).
    ScopeInfo* scope_info(const Scope*);
    // A new CodeBlock with the source attached.
    CodeBlock* new_code_block();
    // The template site for a tagged template (one per TaggedTemplate node).
    TemplateSite* template_site(const TemplateLiteral&);

private:
    VM& vm_;
    const Program& program_;
    std::shared_ptr<SourceCode> source_;
    CompileOptions options_;
    ScopeAnalysis analysis_;
    std::unordered_map<const Scope*, ScopeInfo*> scope_infos_;
};

// An exception-handler range that can be suspended around code the handler must not cover (an
// IteratorClose or a finally dispatch emitted while unwinding out of the range).
struct HandlerRegion {
    Label handler;
    std::uint32_t context_register = UINT32_MAX;
    std::uint32_t open_start = UINT32_MAX; // UINT32_MAX while suspended or closed
    std::vector<std::pair<std::uint32_t, std::uint32_t>> segments;
};

struct ControlEntry;

// A pending break/continue/return routed through a finally block: `token` is the value of the finally's
// completion-kind register that selects it in the dispatch after the finally body.
struct Transfer {
    enum class Kind : std::uint8_t { Break, Continue, Return };
    Kind kind;
    ControlEntry* target; // Break/Continue
    std::int32_t token;
};

struct ControlEntry {
    enum class Kind : std::uint8_t {
        Breakable, // a loop, switch or labelled statement
        Context,   // a pushed context (popped when jumping out)
        Handler,   // a try block with a catch clause
        Finally,   // a try block (and catch clause) with a finally block
        Iterator,  // for-of body / array destructuring: close the iterator when leaving
    };
    Kind kind = Kind::Breakable;

    // Breakable.
    std::vector<std::u16string> labels;
    bool is_loop = false;
    bool takes_unlabelled_break = false; // loops and switch
    Label break_label;
    Label continue_label;

    // Handler / Finally / Iterator.
    HandlerRegion* region = nullptr;

    // Finally.
    std::uint32_t kind_register = 0;
    std::uint32_t value_register = 0;
    Label finally_label;
    std::vector<Transfer> transfers;

    // Iterator.
    std::uint32_t iterator_register = 0;
    std::uint32_t done_register = UINT32_MAX; // destructuring: close only when not done
    bool is_async = false;
    ControlEntry* owner = nullptr; // the loop whose `continue` must not close it
};

// How a binding target receives its value.
enum class BindMode : std::uint8_t {
    Assign, // PutValue through the resolved reference (assignments, var declarations)
    Init,   // InitializeBinding (let/const/class, parameters, catch parameters)
};

class FunctionCompiler {
public:
    FunctionCompiler(Compiler&, FunctionInfo*);

    // Entry points; each creates and returns the finished CodeBlock.
    CodeBlock* compile_program();
    CodeBlock* compile_function(const std::u16string& name);
    CodeBlock* compile_class_initializer();
    static CodeBlock* compile_default_constructor(Compiler&, const ClassNode&, const std::u16string& name,
                                                  bool has_instance_elements);

private:
    friend class RegisterScope;
    friend class ControlScope;
    friend class ScopeEntry;

    // --- Function set-up (codegen_function.cpp) ---
    void finish(CodeBlock&);
    void emit_function_prologue();
    void emit_parameters();
    void emit_var_scope_initialization(Scope* scope, const std::vector<std::u16string>& var_names,
                                       const std::vector<std::u16string>& annex_b_names,
                                       const std::vector<FunctionNode*>& functions);
    void emit_lexical_initialization(Scope* scope, const LexicalScope& lexical);
    void emit_program_declarations();
    GlobalDeclarations* make_global_declarations();
    ModuleLayout* make_module_layout();
    CodeBlock* compile_nested(const FunctionNode&, const std::u16string& name);
    void emit_closure(const FunctionNode&, const std::u16string& name);
    void emit_instance_initializer_body(const ClassNode&);
    void emit_static_initializer_body(const ClassNode&);
    void emit_field_definition(const ClassElement&, std::uint32_t receiver);
    void emit_class(const ClassNode&, const std::u16string& name);
    void emit_class_element(const ClassNode&, const ClassElement&, std::uint32_t constructor,
                            std::uint32_t prototype);
    bool is_derived_constructor_context() const;
    bool class_has_instance_elements(const ClassNode&) const;

    // --- Scopes and variables (codegen_reference.cpp) ---
    void enter_scope(Scope*);
    void exit_scope(Scope*, Scope* previous);
    std::uint32_t context_depth(const Scope* target) const;
    void load_variable(const Variable&);
    void store_variable_init(const Variable&);
    void load_resolved(const Node* identifier, const std::u16string& name, bool for_typeof);
    void store_resolved(const Node* identifier, const std::u16string& name, BindMode mode);
    void load_private_name(const Node* private_name); // acc = the private-name symbol
    std::uint32_t name_constant(const std::u16string& name) { return builder_.string_constant(name); }

    // References for assignment, update and destructuring targets.
    struct Reference {
        // Dynamic: a name that a with object or eval-declared var may intercept, resolved once up front.
        enum class Kind : std::uint8_t { Identifier, Dynamic, Named, Keyed, Private, SuperNamed, SuperKeyed, Invalid };
        Kind kind = Kind::Invalid;
        const Node* node = nullptr;
        std::u16string name;        // Identifier / Named / SuperNamed
        std::uint32_t object = 0;   // Named/Keyed/Private: the base; Super*: the super base (LdaSuperBase);
                                    // Dynamic: the environment from ResolveLookup
        std::uint32_t key = 0;      // Keyed/Super*: the key; Private: the private-name symbol
    };
    // Evaluates the parts of a reference into registers. `convert_key_now`: the reference is read and
    // then written (compound assignment, update), so its computed key is converted once up front.
    Reference prepare_reference(const Node* target, bool convert_key_now);
    void emit_key_conversion(const Node* key_node, std::uint32_t base, std::uint32_t key);
    void load_reference(const Reference&);
    void store_reference(const Reference&, BindMode mode = BindMode::Assign);

    // Destructuring: the value to bind is in the accumulator.
    // `source`, when known, is the expression whose value is being destructured (for error messages).
    void bind_target(const Node* target, BindMode mode, const Node* source = nullptr);
    void bind_element(const Node* element, BindMode mode, const std::function<void()>& produce_value);
    void destructure_array(const ArrayPattern&, BindMode mode, const Node* source);
    void destructure_object(const ObjectPattern&, BindMode mode, const Node* source);
    static bool is_pattern(const Node* node) {
        return node->kind == NodeKind::ArrayPattern || node->kind == NodeKind::ObjectPattern;
    }

    // --- Statements (codegen_statement.cpp) ---
    void statement(const Node*);
    void statements(const std::vector<Node*>&);
    void variable_declaration(const VariableDeclaration&);
    void block_statement(const BlockStatement&);
    void if_statement(const IfStatement&);
    void for_statement(const ForStatement&, std::vector<std::u16string> labels);
    void for_statement_after_scope(const ForStatement&, std::vector<std::u16string> labels, Scope* scope);
    // AddDisposableResource for the value in the accumulator when `kind` is a using declaration's.
    void add_disposable_resource(VariableKind kind);
    void for_in_statement(const ForInOfStatement&, std::vector<std::u16string> labels);
    void for_of_statement(const ForInOfStatement&, std::vector<std::u16string> labels);
    void for_in_of_binding(const ForInOfStatement&, Scope* scope);
    void while_statement(const WhileStatement&, std::vector<std::u16string> labels);
    void do_while_statement(const DoWhileStatement&, std::vector<std::u16string> labels);
    void labelled_statement(const LabeledStatement&);
    void labelled_body(const Node* body, std::vector<std::u16string> labels);
    void switch_statement(const SwitchStatement&, std::vector<std::u16string> labels);
    void try_statement(const TryStatement&);
    void catch_clause(const CatchClause&);
    void with_statement(const WithStatement&);
    void function_declaration(const FunctionNode&);
    void class_declaration(const ClassNode&);
    void return_statement(const ReturnStatement&);
    // Proper tail calls (15.10): whether a return statement here is in tail position (a strict plain
    // function with nothing to run between the return and the frame's exit: no try, finally, iterator
    // or disposal around it), and the calls of its operand in tail position (HasCallInTailPosition).
    bool return_is_in_tail_position() const;
    void collect_tail_calls(const Node* expression);
    bool is_tail_call(const Node* call) const {
        return std::find(tail_calls_.begin(), tail_calls_.end(), call) != tail_calls_.end();
    }
    void jump_statement(const JumpStatement&, bool is_continue);
    void set_completion_undefined();
    void export_default(const ExportDefaultDeclaration&);
    // Emits `body` for a scope whose lexical declarations are `lexical`: when some are `using` / `await
    // using` declarations, inside a try/finally whose finally performs DisposeResources on the scope's
    // DisposeCapability (on every exit: normal, throw, break/continue/return, generator return()).
    void with_disposal(const LexicalScope& lexical, const std::function<void()>& body);

    // --- Control flow (codegen_control.cpp) ---
    void push_control(ControlEntry*);
    void pop_control(ControlEntry*);
    void open_region(HandlerRegion&, std::uint32_t context_register);
    void close_region(HandlerRegion&);
    void emit_transfer(Transfer::Kind kind, ControlEntry* target);
    void emit_return_value(); // acc = the value to return, through finally blocks and iterator closes
    // The protected part of a try/finally: emits `body` inside a handler region under `entry` (a Finally
    // entry whose registers and label this sets up), then records how it completed (kind 0 normal, 1 throw
    // with the exception in value_register; transfers record their own) and binds the finally label. The
    // caller emits the finally code, then emit_finally_dispatch(entry).
    void emit_protected_by_finally(ControlEntry& entry, const std::function<void()>& body);
    void emit_finally_dispatch(ControlEntry& entry);
    void emit_iterator_close_for_transfer(const ControlEntry& entry);
    void emit_async_iterator_close(std::uint32_t iterator, bool quiet);
    // A new register holding the current context, for a handler range (UINT32_MAX if the function never
    // pushes a context).
    std::uint32_t save_context();

    // --- Expressions (codegen_expression.cpp, codegen_call.cpp) ---
    void expression(const Node*);
    void expression_to(const Node*, std::uint32_t reg);
    std::uint32_t expression_to_new_register(const Node*);
    // Evaluates `node` for its effects only (its value is discarded).
    void effect_expression(const Node*);
    // `left` in a register for a binary operation whose right operand is evaluated next.
    std::uint32_t operand_register(const Node* left, const Node* right);
    // The register of `node` when it is a local held in a register that can be used in place, without a
    // copy, while `evaluated_after` (if any) is evaluated before the register is read.
    std::optional<std::uint32_t> register_in_place(const Node* node, const Node* evaluated_after);
    void named_expression(const Node*, const std::u16string& name);
    static bool is_anonymous_function_definition(const Node*);
    void literal_number(double);
    void template_literal(const TemplateLiteral&);
    void array_expression(const ArrayExpression&);
    void object_expression(const ObjectExpression&);
    void property_key_to_register(const Node* key, bool computed, std::uint32_t reg);
    std::optional<std::u16string> static_property_name(const Node* key, bool computed) const;
    void unary_expression(const UnaryExpression&);
    void delete_expression(const Node* argument);
    void update_expression(const UpdateExpression&, bool value_used = true);
    void binary_expression(const BinaryExpression&);
    void emit_binary_operator(BinaryOp op, std::uint32_t left);
    void logical_expression(const LogicalExpression&);
    void assignment_expression(const AssignmentExpression&);
    void conditional_expression(const ConditionalExpression&);
    void member_expression(const MemberExpression&);
    // Evaluates a member expression's object into a new register, short-circuiting an optional link.
    std::uint32_t member_object(const MemberExpression&);
    void member_get(const MemberExpression&, std::uint32_t object);
    void super_member(const SuperMember&);
    void optional_chain(const OptionalChain&);
    void sequence_expression(const SequenceExpression&);
    void this_expression();
    void load_this_checked();
    void yield_expression(const YieldExpression&);
    void yield_delegate(const YieldExpression&);
    void emit_yield_resume(); // after Yield: dispatch throw/return resumption
    void emit_await();        // acc = value to await; acc = result (throws on rejection)
    void await_expression(const AwaitExpression&);

    // Calls.
    void call_expression(const CallExpression&);
    void new_expression(const NewExpression&);
    void super_call(const SuperCall&);
    void tagged_template(const TaggedTemplate&);
    // Evaluates a callee with its this value into callee/this registers.
    void callee_with_this(const Node* callee, std::uint32_t callee_register, std::uint32_t this_register);
    // Arguments into consecutive registers (returns false, leaving the array in `array_register`, if any
    // argument is a spread).
    bool has_spread(const std::vector<Node*>& arguments) const;
    std::uint32_t arguments_to_registers(const std::vector<Node*>& arguments);
    void arguments_to_array(const std::vector<Node*>& arguments, std::uint32_t array_register);
    void set_position(const Node* node) {
        if (node) builder_.set_position(node->line, node->column);
    }
    // The position of the first token after `node` (skipping closing parentheses and comments): a binary
    // operator, or the `(` of a call whose callee is neither a name nor a member.
    void set_position_after(const Node* node);
    void set_call_position(const Node* callee);

    Compiler& compiler_;
    FunctionInfo* info_;
    const FunctionNode* node_; // null for the program and class initializers
    BytecodeBuilder builder_;
    Scope* current_scope_ = nullptr;
    std::vector<ControlEntry*> control_;
    std::vector<Label> optional_chain_nullish_; // innermost optional chain's short-circuit target
    std::vector<const Node*> tail_calls_;       // the calls in tail position of the return being compiled
    std::uint32_t completion_register_ = UINT32_MAX; // program code: the completion value
    std::uint32_t resume_mode_register_ = UINT32_MAX; // generators/async: resume mode of Yield/Await
    std::uint32_t context_register_ = UINT32_MAX;     // a saved context for handlers (lazily allocated)
    std::uint32_t dispose_register_ = UINT32_MAX;     // the innermost using scope's DisposeCapability
    bool strict_ = false;
    bool is_generator_ = false;
    bool is_async_ = false;
    std::vector<std::uint32_t> parameter_locations_; // CodeBlock::parameter_locations (mapped arguments)
};

// Temporaries allocated during this object's lifetime are released at its end.
class RegisterScope {
public:
    explicit RegisterScope(FunctionCompiler& compiler)
        : builder_(compiler.builder_), top_(compiler.builder_.temporary_top()) {}
    ~RegisterScope() { builder_.release_registers_to(top_); }
    RegisterScope(const RegisterScope&) = delete;
    RegisterScope& operator=(const RegisterScope&) = delete;

private:
    BytecodeBuilder& builder_;
    std::uint32_t top_;
};

// Pushes a control entry for its lifetime.
class ControlScope {
public:
    ControlScope(FunctionCompiler& compiler, ControlEntry& entry) : compiler_(compiler), entry_(entry) {
        compiler_.push_control(&entry_);
    }
    ~ControlScope() { compiler_.pop_control(&entry_); }
    ControlScope(const ControlScope&) = delete;
    ControlScope& operator=(const ControlScope&) = delete;

private:
    FunctionCompiler& compiler_;
    ControlEntry& entry_;
};

// Enters a scope (PushContext when it has one, with a Context control entry) for its lifetime; exit()
// ends it early.
class ScopeEntry {
public:
    ScopeEntry(FunctionCompiler& compiler, Scope* scope);
    ~ScopeEntry() { exit(); }
    void exit();
    ScopeEntry(const ScopeEntry&) = delete;
    ScopeEntry& operator=(const ScopeEntry&) = delete;

private:
    FunctionCompiler& compiler_;
    Scope* scope_;
    Scope* previous_;
    ControlEntry entry_;
    bool active_ = false;
};

} // namespace yjs
