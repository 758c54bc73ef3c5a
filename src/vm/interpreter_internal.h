#pragma once
// Internals shared by the interpreter's source files: the Impl state, frame management and the slow paths
// of the opcodes (kept out of the dispatch loop so the loop stays small and hot).
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/property_key.h"
#include "runtime/value.h"
#include "vm/bytecodes.h"
#include "vm/frame.h"
#include "vm/generator_object.h"
#include "vm/interpreter.h"
#include "vm/js_function.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <span>

namespace yjs {

class AsyncFunctionObject;
class AsyncGeneratorObject;
class Cell;
class CodeBlock;
class DeclarativeEnvironment;
class Environment;
class GeneratorObject;
class GlobalDeclarations;
class GlobalEnvironment;
class JSFunction;
struct HeapFrame;
class JSObject;
class JSString;
class Realm;
class ScopeInfo;
class TemplateSite;
struct FeedbackSlot;
struct OperandText;

// Operand counts per opcode, from the bytecode table: operand_counts::Add etc.
namespace operand_counts {
using enum OperandKind;
template <typename... Kinds> constexpr std::uint8_t count(Kinds...) { return sizeof...(Kinds); }
#define YJS_OPERAND_COUNT(name, ...) inline constexpr std::uint8_t name = count(__VA_ARGS__);
YJS_BYTECODES(YJS_OPERAND_COUNT)
#undef YJS_OPERAND_COUNT
} // namespace operand_counts

inline constexpr std::uint8_t kOperandCounts[static_cast<std::size_t>(Opcode::Count)] = {
#define YJS_OPERAND_COUNT_ENTRY(name, ...) operand_counts::name,
    YJS_BYTECODES(YJS_OPERAND_COUNT_ENTRY)
#undef YJS_OPERAND_COUNT_ENTRY
};
inline std::uint32_t size_of_instruction_at(const std::uint8_t* ip) {
    return instruction_size(kOperandCounts[*ip]);
}
inline std::uint32_t read_operand(const std::uint8_t* ip, unsigned index) {
    std::uint32_t value;
    std::memcpy(&value, ip + 1 + 4 * index, sizeof value);
    return value;
}

struct Interpreter::Impl {
    explicit Impl(VM&);
    ~Impl();

    VM& vm;
    std::size_t stack_size_bytes = std::size_t(8) << 20;
    std::unique_ptr<std::uint64_t[]> stack; // the register stack (allocated on first use)
    Value* stack_begin = nullptr;
    Value* stack_end = nullptr;
    Value* stack_top = nullptr;
    Frame* current_frame = nullptr;
    std::uint32_t heap_frame_depth = 0; // generator/async frames linked into the chain
    std::uint32_t max_heap_frame_depth = 0;
    PromiseHooks promise_hooks;
    GeneratorChains chains;

    // The LexicalRecord given to the last arrow created: consecutive arrows of one activation (closures
    // created in a loop) share it.
    JSFunction::LexicalRecord* last_arrow_lexical = nullptr;

    void allocate_stack(std::size_t bytes);
    // The LexicalRecord for an arrow function of `arrow_code` that `frame` creates.
    JSFunction::LexicalRecord* arrow_lexical_record(Frame& frame, const CodeBlock& arrow_code);

    // --- Frames ---
    // PrepareForOrdinaryCall + OrdinaryCallBindThis + argument binding for calling `function`
    // ([[Construct]] when new_target is non-null). Returns the new frame, linked on top of current_frame
    // and made current, or nullptr with the exception pending (thrown in the caller's context).
    Frame* enter_function(JSFunction* function, Value this_argument, const Value* arguments, std::uint32_t count,
                          JSObject* new_target, bool exits_loop);
    // PrepareForTailCall then the call: whether `function` can replace the current frame (a stack frame
    // that returns into this dispatch loop and is no [[Construct]]; a plain function whose frame can be
    // pushed without allocating first, since the moved arguments are no root until it exists: only a
    // sloppy function boxing a primitive this allocates in OrdinaryCallBindThis).
    static bool can_replace_frame(const Frame& frame, JSFunction* function, Value this_argument) {
        if (frame.kind != FrameKind::Normal || frame.is_construct || frame.exits_loop || frame.is_eval)
            return false;
        const CodeBlock* code = function->code_block();
        if (code->function_kind != FunctionKind::Normal) return false;
        return code->strict || code->code_kind == CodeKind::Arrow || this_argument.is_object() ||
               this_argument.is_nullish();
    }
    // Pops the current frame, moves the arguments (in its registers) to where it started and enters
    // `function` there: its frame releases them. nullptr with the exception pending (the caller's to handle).
    Frame* enter_tail_call(JSFunction* function, Value this_argument, const Value* arguments,
                           std::uint32_t count);
    // A frame for script or eval code.
    Frame* enter_code(CodeBlock* code, Environment* context, Value this_value, bool exits_loop);
    // PerformEval for a direct eval from `caller` (the current frame): compiles `source` and enters a frame
    // running it in the caller's context with its this/new.target/function; nullptr with a pending
    // exception (SyntaxError, stack overflow).
    Frame* enter_direct_eval(Frame& caller, JSString* source, bool strict_caller);
    // SameValue(callee, %eval%) of the current realm.
    bool is_intrinsic_eval(Value callee);
    // Pops `frame` (current) and makes its caller current. `completed`: a generator/async frame has finished
    // and its registers are released.
    void leave_frame(Frame* frame, bool completed = false);
    Frame* push_stack_frame(CodeBlock* code);
    // A header without registers, for a frame whose registers live in its heap object; nullptr with a
    // pending RangeError when the register stack is full.
    Frame* push_frame_header();
    // Starts an activation of a suspended heap frame: pushes a header whose registers are the owner's and
    // whose ip/context/this come from its HeapFrame, and makes it current. nullptr with a pending exception
    // when the register stack is full.
    Frame* link_heap_frame(Cell* owner, FrameKind, HeapFrame&, Value* registers, bool exits_loop);
    Frame* link_heap_frame(GeneratorObject*, bool exits_loop);
    Frame* link_heap_frame(AsyncFunctionObject*, bool exits_loop);
    Frame* link_heap_frame(AsyncGeneratorObject*, bool exits_loop);
    // The persistent state of a generator/async frame's owner (frame.kind is not Normal).
    static HeapFrame& heap_frame_of(const Frame& frame);

    // Runs the dispatch loop from the current frame `entry` (which must exit the loop) until it returns,
    // suspends or throws.
    ThrowCompletionOr<Value> run(Frame* entry);

    // Resumes a suspended generator / async function frame (GeneratorResume, GeneratorResumeAbrupt after the
    // state checks, and the async continuation of Await).
    ThrowCompletionOr<Value> resume_generator(GeneratorObject*, Value, ResumeMode);
    ThrowCompletionOr<Value> resume_async(AsyncFunctionObject*, Value, ResumeMode);
    void resume_frame(Frame& frame, Value value, ResumeMode mode);
    // The generator `this_value` when `callee` is %GeneratorPrototype%.next and the generator is suspended:
    // the loop then resumes it inline (resume_inline) instead of calling into C++.
    static GeneratorObject* inline_resumable(Value callee, Value this_value);
    // Links a suspended generator's frame above the current one (returning to the loop); nullptr with a
    // pending exception when the frame chain is too deep.
    Frame* resume_inline(GeneratorObject*, Value sent);
    // yield* chains: the generator whose frame a resumption of `generator` with `mode` runs (the last of
    // its chain for next(); a chain is dissolved first when resumed abruptly or through one of its later
    // members); nullptr with a pending TypeError when the chain is running.
    GeneratorObject* resumption_target(GeneratorObject*, ResumeMode);
    // yield*: the generator `iterator` when `method` is its intrinsic next/throw/return (for `mode`) and
    // calling it would resume the generator's frame, and the generator is not part of a chain.
    GeneratorObject* linkable_delegate(Value method, Value iterator, ResumeMode mode) const;
    // `finished` (whose frame has left) was the last of a chain: its delegator's frame takes its place,
    // resumed with `mode` (DelegateReturned or DelegateThrew) and `value`.
    void continue_delegator(GeneratorObject* finished, bool exits_loop, Value value, ResumeMode mode);

    ThrowCompletionOr<Value> resume_async_generator(AsyncGeneratorObject*, Value, ResumeMode);

    // --- Async functions and async generators ---
    ThrowCompletionOr<void> settle_async(AsyncFunctionObject*, Value value, bool rejected);
    // The PromiseContinuation of an Await inside an async generator: resumes it with the settled value.
    static ThrowCompletionOr<void> resume_after_generator_await(VM&, Cell* context, Value, bool rejected);
    // The async generator's body completed (normally with `value`, or by throwing `value`): settle the
    // current request and drain the queue.
    void finish_async_generator(AsyncGeneratorObject*, Value value, bool is_throw);
};

// --- Slow paths of the opcodes (interpreter_*.cpp) ---
namespace interp {

ThrowCompletion throw_stack_overflow(VM&);
// The callee is named by its source expression when the instruction at frame.ip recorded one.
ThrowCompletion throw_not_callable(VM&, const Frame&, Value callee);
ThrowCompletion throw_not_constructor(VM&, const Frame&, Value callee);
// "Cannot destructure property 'a' of 'x' as it is null." (first_property may be empty).
ThrowCompletion throw_destructure_nullish(VM&, const Frame&, Value value, JSString* first_property);
// The source text the instruction at frame.ip recorded for its operand, or null.
const OperandText* operand_text(const Frame&);

// Operators.
ThrowCompletionOr<Value> add(VM&, Value left, Value right);
ThrowCompletionOr<Value> binary_numeric(VM&, Opcode, Value left, Value right);
ThrowCompletionOr<Value> increment(VM&, Value, bool increment);
ThrowCompletionOr<Value> negate(VM&, Value);
ThrowCompletionOr<Value> bitwise_not(VM&, Value);
ThrowCompletionOr<bool> loosely_equal(VM&, Value, Value);
bool strictly_equal(Value, Value);
ThrowCompletionOr<bool> compare(VM&, Opcode, Value left, Value right);
ThrowCompletionOr<bool> instance_of(VM&, Value object, Value target);
ThrowCompletionOr<bool> has_property_operator(VM&, Value key, Value object);
double to_int32(double);
std::uint32_t to_uint32(double);

// Property access (with inline caches where a slot is given).
PropertyKey key_from_constant(VM&, Value constant);
ThrowCompletionOr<Value> get_named(VM&, Value base, PropertyKey, FeedbackSlot*);
// The `extra` of a GetNamed entry for `ta.length` on typed arrays whose "length" is %TypedArray.prototype%'s
// intrinsic getter (get_named). The entry keeps the receiver's shape in `shape`, its prototype's shape in
// `holder_shape` (which pins that prototype's lack of a "length" property and its own prototype, the
// getter's holder), the holder's shape in `middle_shape` (pinning the getter's slot) and the getter itself
// in `holder`.
inline constexpr std::uint32_t kTypedArrayLengthEntry = 0xFFFFFFFEu;
ThrowCompletionOr<void> set_named(VM&, Value base, PropertyKey, Value, FeedbackSlot*, bool strict);
ThrowCompletionOr<Value> get_keyed(VM&, Value base, Value key);
ThrowCompletionOr<void> set_keyed(VM&, Value base, Value key, Value, bool strict);
ThrowCompletionOr<Value> delete_property(VM&, Value base, Value key, bool strict);
ThrowCompletionOr<Value> get_global(VM&, JSString* name, FeedbackSlot*, bool or_undefined);
ThrowCompletionOr<void> set_global(VM&, JSString* name, Value, FeedbackSlot*, bool strict);
ThrowCompletionOr<void> initialize_global_lexical(VM&, JSString* name, Value);
ThrowCompletionOr<Value> get_super(VM&, Value this_value, Value super_base, Value key);
ThrowCompletionOr<void> set_super(VM&, Value this_value, Value super_base, Value key, Value, bool strict);
ThrowCompletionOr<Value> private_get(VM&, Value object, Value name);
ThrowCompletionOr<void> private_set(VM&, Value object, Value name, Value);
ThrowCompletionOr<void> private_define(VM&, Value object, Value name, Value, std::uint32_t kind);
ThrowCompletionOr<bool> private_has(VM&, Value object, Value name);

// Object and array literals, classes, templates.
JSObject* create_array(VM&);
ThrowCompletionOr<void> array_push(VM&, Value array, Value);
ThrowCompletionOr<void> array_push_hole(VM&, Value array);
ThrowCompletionOr<void> array_spread(VM&, const Frame&, Value array, Value iterable);
ThrowCompletionOr<MarkedValueVector> array_elements(VM&, Value array);
ThrowCompletionOr<void> define_own(VM&, Value object, Value key, Value, bool set_function_name);
ThrowCompletionOr<void> define_accessor(VM&, Value object, Value key, Value function, std::uint32_t flags);
ThrowCompletionOr<void> define_method(VM&, Value object, Value key, Value function, bool enumerable);
ThrowCompletionOr<Value> create_class(VM&, CodeBlock*, Value heritage, Environment*, Value* prototype_out);
ThrowCompletionOr<Value> get_template_object(VM&, TemplateSite*);
ThrowCompletionOr<Value> create_regexp(VM&, Value pattern, Value flags);
ThrowCompletionOr<Value> copy_data_properties(VM&, Value source, const Value* excluded, std::uint32_t count);

// Iteration.
ThrowCompletionOr<void> get_iterator(VM&, const Frame&, Value iterable, Value* out, bool async);
ThrowCompletionOr<void> iterator_close(VM&, Value iterator);
void iterator_close_quietly(VM&, Value iterator);
ThrowCompletionOr<Value> for_in_prepare(VM&, Value object);
ThrowCompletionOr<bool> for_in_next(VM&, Value enumerator, Value* key);

// Explicit resource management (the DisposeCapability bytecodes).
Value create_dispose_capability(VM&);
ThrowCompletionOr<void> add_disposable_resource(VM&, Value capability, Value resource, bool async);
ThrowCompletionOr<Value> dispose_resources(VM&, Value capability, Value completion_kind, Value exception,
                                           bool async);

// Declarations.
ThrowCompletionOr<void> declare_globals(VM&, GlobalDeclarations*, CodeBlock*, Environment* context);

} // namespace interp
} // namespace yjs
