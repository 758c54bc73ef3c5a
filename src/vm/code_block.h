#pragma once
// CodeBlock: the compiled form of one function, script, module or eval body — bytecode, constant pool,
// exception handlers, source positions and the metadata the interpreter needs to set up a frame.
#include "heap/cell.h"
#include "runtime/string.h"
#include "vm/bytecodes.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace yjs {

class JSObject;
class Realm;
class Shape;
class SourceTextModule;

// The original source text, shared by every code block compiled from it (Function.prototype.toString,
// stack traces, SyntaxError carets).
struct SourceCode {
    std::string url;          // file name or "<eval>", as shown in stack traces
    std::u16string text;      // the whole source in UTF-16
    // The module record of module code (kept alive by the host's module map), null for scripts and eval.
    SourceTextModule* module = nullptr;
    // Eval code and dynamic functions: the source of the code that called eval or the Function
    // constructor, whose script or module import() and import.meta use (GetActiveScriptOrModule).
    std::shared_ptr<SourceCode> caller;

    const SourceCode& script_or_module() const { return caller ? caller->script_or_module() : *this; }
};

enum class FunctionKind : std::uint8_t { Normal, Generator, Async, AsyncGenerator };
enum class CodeKind : std::uint8_t {
    Script,          // global code
    Module,          // module body
    Eval,            // eval code
    Function,        // ordinary function / method / accessor
    Arrow,           // arrow function (lexical this/arguments/new.target/super)
    ClassConstructor,
    DerivedConstructor,
    ClassFieldInitializer, // the synthetic instance-elements initializer of a class
};

// Describes one environment (context) the compiler created: its slot count and the names of its slots,
// needed for dynamic lookups (with, direct eval) and for debugging.
class ScopeInfo final : public Cell {
public:
    struct Binding {
        JSString* name;       // atom
        std::uint32_t slot;
        bool is_const = false;  // const / class-name / import bindings
        bool is_lexical = false; // let/const/class (TDZ)
    };
    std::uint32_t slot_count = 0;
    std::vector<Binding> bindings;
    // A function-top scope of sloppy code containing direct eval: eval may add var bindings here.
    bool is_function_scope = false;
    bool allows_eval_var_declarations = false;
    // A catch clause's scope: its bindings never conflict with eval var declarations (Annex B.3.4).
    bool is_catch_scope = false;
    // EvalDeclarationInstantiation's conflict check (step 3), as the compiler lays scopes out: walking
    // from the eval's context up to its var scope (variable_environment_of), a var/function name conflicts
    // with any binding of a scope strictly inside the var scope (catch scopes excepted), and with the
    // is_lexical bindings of the var scope itself (the compiler merges a function's top-level lexical
    // declarations into its var scope; its parameters and vars are not lexical).
    // Slots of uninitialised bindings (TDZ, including parameters of non-simple lists) hold the hole.

    // The binding named `name` (an atom), if this scope declares it.
    const Binding* find_binding(JSString* name) const;

    const char* class_name() const override { return "ScopeInfo"; }
    void visit_edges(Visitor&) override;
};

// GlobalDeclarationInstantiation / EvalDeclarationInstantiation input (constant of DeclareGlobals).
class GlobalDeclarations final : public Cell {
public:
    std::vector<JSString*> var_names;        // var declarations (not functions)
    std::vector<JSString*> function_names;   // hoisted function declarations, in order
    std::vector<std::uint32_t> function_code; // constant index of each function's code block
    std::vector<JSString*> lexical_names;    // let/const/class at the top level
    std::vector<bool> lexical_is_const;
    const char* class_name() const override { return "GlobalDeclarations"; }
    void visit_edges(Visitor&) override;
};

// One inline-cache entry (GetNamed/SetNamed/LdaGlobal...), owned by the interpreter. Entries hold their
// shapes strongly so a cached Shape* can never be recycled for a different shape.
struct FeedbackSlot {
    Shape* shape = nullptr;        // receiver shape the entry is valid for (null: empty)
    JSObject* holder = nullptr;    // the prototype holding the property (null: the receiver's own)
    Shape* holder_shape = nullptr; // the holder's shape when cached
    std::uint32_t slot = 0;        // storage slot in the receiver / holder (global lexical index)
    std::uint32_t extra = 0;       // LdaGlobal/StaGlobal: the global lexical epoch, or kGlobalLexical
    union {
        Shape* middle_shape = nullptr; // GetNamed: the shape of the receiver's prototype when the holder is
                                       // that prototype's prototype (null for own and direct-prototype hits)
        Value* global_cell;            // kGlobalLexical entries: the binding's value (a stable address; a
                                       // StaGlobal entry only for a mutable binding)
    };
    static constexpr std::uint32_t kGlobalLexical = 0xFFFFFFFFu;
};

struct ExceptionHandler {
    std::uint32_t start;          // protected range [start, end)
    std::uint32_t end;
    std::uint32_t handler;        // jump target; acc = the exception on entry
    std::uint32_t context_register; // register holding the context to restore (UINT32_MAX: none)
};

struct SourcePosition {
    std::uint32_t pc;     // first instruction at this position
    std::uint32_t line;   // 1-based
    std::uint32_t column; // 1-based, UTF-16 units
};

// The source expression an instruction operates on, rendered the way V8 names it in error messages
// (`x.toUpperCase`, `f(...)`, `a[0]`): the callee of a call or `new`, the operand of GetIterator.
struct OperandText {
    std::uint32_t pc;
    std::string text;         // UTF-8
    bool call_spread = false; // the operand of `...` in call arguments (V8 words that error differently)
};

// Template object sites (for GetTemplateObject): cooked strings (hole = undefined) and raw strings.
class TemplateSite final : public Cell {
public:
    std::vector<Value> cooked;
    std::vector<JSString*> raw;
    // GetTemplateObject's per-realm cache (filled by the interpreter): [[TemplateMap]] entries for this site.
    struct CachedObject {
        Realm* realm;
        JSObject* object;
    };
    std::vector<CachedObject> cache;
    const char* class_name() const override { return "TemplateSite"; }
    void visit_edges(Visitor&) override;
};

class CodeBlock final : public Cell {
public:
    std::vector<std::uint8_t> bytecode;
    std::vector<Value> constants;  // numbers, strings, bigints, and internal cells (code blocks, scope infos)
    std::vector<ExceptionHandler> handlers; // innermost first for nested ranges
    std::vector<SourcePosition> positions;  // sorted by pc
    std::vector<OperandText> operand_texts; // sorted by pc

    std::uint32_t register_count = 0;
    std::uint32_t parameter_count = 0;   // registers r0..r(n-1) receive the formal parameters
    std::uint32_t feedback_slot_count = 0;
    std::uint32_t function_length = 0;   // the "length" property (params before the first default/rest)
    FunctionKind function_kind = FunctionKind::Normal;
    CodeKind code_kind = CodeKind::Function;
    bool strict = false;
    bool is_method = false;      // has [[HomeObject]] semantics; not a constructor
    bool is_accessor = false;
    bool has_simple_parameter_list = true;
    bool needs_function_context = false;  // entry pushes a context for captured parameters/locals
    // Reads its own `this` binding (directly, or through arrow functions, super or direct eval).
    bool uses_this = false;
    // May run with another context than its closure's environment (pushes or restores contexts).
    bool changes_context = false;
    // Generators and async functions: the register Yield and Await write the resume mode into (it holds
    // the resume offset while the frame is suspended, see HeapFrame).
    std::uint32_t resume_mode_register = UINT32_MAX;
    // Some function of this code was created in a realm other than `function_realm` (it keeps its own).
    bool has_functions_in_other_realms = false;
    // The realm of the first function created from this code, which is every such function's realm
    // unless has_functions_in_other_realms (see JSFunction::realm()).
    Realm* function_realm = nullptr;
    // Arrows: the values of "length" and "name" every arrow of this code starts with, shared by them
    // until one changes its properties (JSObject's shared slots); made with the first arrow.
    static constexpr std::uint32_t kArrowInitialSlotCount = 2;
    Value* arrow_initial_slots = nullptr;
    // Base constructors: how many property slots to reserve inside the objects they construct — the most
    // a returned object has had so far (slack tracking), between kMinConstructedSlots and kMaxConstructedSlots.
    static constexpr std::uint32_t kMinConstructedSlots = 4;
    static constexpr std::uint32_t kMaxConstructedSlots = 16;
    std::uint32_t constructed_slots = kMinConstructedSlots;
    void note_constructed_object(std::uint32_t slot_count) {
        if (slot_count > constructed_slots) constructed_slots = std::min(slot_count, kMaxConstructedSlots);
    }
    // Mapped arguments: for parameter i, where it lives — a register (< register_count) or, when captured,
    // a context slot (kParameterInContext | slot).
    static constexpr std::uint32_t kParameterInContext = 0x80000000u;
    // Entry for a parameter index the arguments object does not map (a duplicate name's earlier
    // occurrence). The vector is empty for unmapped arguments objects.
    static constexpr std::uint32_t kParameterUnmapped = 0xFFFFFFFFu;
    std::vector<std::uint32_t> parameter_locations;

    JSString* name = nullptr;   // the function's inferred or declared name (atom); null for none
    std::shared_ptr<SourceCode> source;
    std::uint32_t source_start = 0; // function source text range (Function.prototype.toString)
    std::uint32_t source_end = 0;
    std::uint32_t line = 0, column = 0; // where the function starts (stack traces)

    // Position for an instruction offset (stack traces, errors).
    SourcePosition position_for(std::uint32_t pc) const;
    // The operand text recorded for the instruction at `pc`, or null.
    const OperandText* operand_text_for(std::uint32_t pc) const;

    // Inline caches, `feedback_slot_count` entries, allocated by the interpreter on first execution.
    std::unique_ptr<FeedbackSlot[]> feedback;

    ~CodeBlock() override;
    const char* class_name() const override { return "CodeBlock"; }
    void visit_edges(Visitor&) override;
};

// Disassembles a code block and, recursively, the code blocks in its constant pool (--print-bytecode).
std::string disassemble(const CodeBlock&, bool recursive = true);

} // namespace yjs
