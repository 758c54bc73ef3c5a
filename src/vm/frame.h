#pragma once
// An activation record of the interpreter.
//
// Frames of ordinary calls are carved from the interpreter's register stack: the Frame header followed by
// the code block's registers. Generator and async-function frames keep their registers in their heap
// object (trailing storage, with the persistent HeapFrame state, see generator_object.h) from their first
// instruction: each activation pushes just a header on the register stack whose `registers` point into
// the object, and suspending writes back the resume point and context and pops it. The registers never
// move, so neither suspending nor resuming copies them.
#include "runtime/value.h"

#include <cstdint>

namespace yjs {

class ArgumentsObject;
class Cell;
class CodeBlock;
class Environment;
class JSFunction;
class Realm;
class ThisBox;
class Visitor;

enum class FrameKind : std::uint8_t {
    Normal,
    Generator,      // owner is a GeneratorObject
    Async,          // owner is an AsyncFunctionObject
    AsyncGenerator, // owner is an AsyncGeneratorObject
};

struct Frame {
    // Set while the frame runs or calls out: the instruction being executed; when a heap frame suspends:
    // the suspending instruction (Yield/YieldDelegate/Await/InitialSuspend), written back as an offset.
    const std::uint8_t* ip = nullptr;
    CodeBlock* code_block = nullptr;
    Value* registers = nullptr;
    Value accumulator;                // the value the frame starts with (a resumed heap frame: the sent one)
    Environment* context = nullptr;   // the current environment
    Value this_value;                 // `this` (the hole in derived constructors before super())
    ThisBox* this_box = nullptr;      // when set, `this` lives here (shared with arrows and eval)
    Value new_target;                 // undefined for [[Call]]
    JSFunction* callee = nullptr;     // the running function (for eval code: the caller's function or null)
    const Value* arguments = nullptr; // the actual arguments (valid until the prologue has run)
    std::uint32_t argument_count = 0;
    Frame* caller = nullptr;
    Value* stack_restore = nullptr;   // register-stack top to restore when popped
    Cell* owner = nullptr;            // generator / async function object holding this frame
    ArgumentsObject* mapped_arguments = nullptr; // aliases a stack frame's registers; detached on exit
    Realm* caller_realm = nullptr;    // restored on exit
    FrameKind kind = FrameKind::Normal;
    bool exits_loop = false;          // returning (or yielding) from it leaves the dispatch loop
    bool is_construct = false;        // [[Construct]]: apply the constructor return rules on Return
    bool is_eval = false;             // eval code sharing its caller's this/new.target

    std::uint32_t register_count() const;
    Value this_binding() const;
    void set_this_binding(Value);
    // GC: the frame's own references (registers, arguments, context, ...).
    void visit(Visitor&) const;
};

static_assert(sizeof(Frame) % sizeof(Value) == 0);

} // namespace yjs
