#pragma once
// Generator objects (27.5), async generator objects (27.6) and the internal objects of suspended async
// functions. Each keeps its frame's persistent state (HeapFrame: callee, context, `this`, resume point) and
// its registers (trailing storage of the same cell) from the first call until it completes. The registers
// never move: while the frame runs, an ordinary Frame header on the interpreter's register stack points at
// them, and suspending writes back only the resume offset and the current context before the header is
// popped. So neither suspending nor resuming copies a register.
#include "runtime/object.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

#include <cstdint>
#include <deque>

namespace yjs {

class GeneratorLinks;
class GeneratorObject;
class JSFunction;
class VM;

// The part of a generator's or async function's frame that outlives an activation. Per-activation state
// (caller link, realm to restore, accumulator, arguments of the call, ...) lives in the Frame header the
// interpreter pushes on its register stack for each activation.
struct HeapFrame {
    enum Flag : std::uint8_t {
        // A mapped arguments object aliases the registers: they stay alive (and traced) after completion,
        // instead of being detached as a stack frame's are.
        kRegistersAliased = 1,
        // Async generators: the prologue has finished (InitialSuspend ran).
        kStarted = 2,
    };

    JSFunction* callee = nullptr;   // null once the frame is released (its registers are then dead)
    Environment* context = nullptr; // the current environment, as of the last suspension
    // `this` (unused for arrow functions, whose `this` is the callee's lexical one). For a generator that
    // has been part of a yield* chain: the GeneratorLinks cell (an internal cell, which `this` never is),
    // holding `this` and the links.
    Value this_slot;
    std::uint32_t resume_offset = 0; // bytecode offset of the suspending instruction
    std::uint8_t state = 0;          // the owner's State
    std::uint8_t flags = 0;

    Value this_value() const;
    // Makes `function`'s frame: registers (`count` of them, trailing the owner) undefined, context the
    // function's environment.
    void initialize(JSFunction* function, Value this_value, Value* registers, std::uint32_t count);
    // Drops the references of a completed frame (unless a mapped arguments object still aliases the
    // registers).
    void release();
    void visit(Visitor&, const Value* registers) const;
};

// The yield* chain links of a generator (docs/architecture.md, "yield* chains"). Allocated the first time
// a generator joins a chain and kept afterwards; it takes over the generator's `this`, so generators that
// never join a chain pay nothing for links.
class GeneratorLinks final : public Cell {
public:
    explicit GeneratorLinks(Value this_value) : this_value(this_value) {}
    const char* class_name() const override { return "GeneratorLinks"; }
    void visit_edges(Visitor&) override;

    Value this_value;
    GeneratorObject* delegate = nullptr;
    GeneratorObject* delegator = nullptr;
    GeneratorObject* chain = nullptr;
    bool return_link = false;
    bool has_return_links = false;
};

inline Value HeapFrame::this_value() const {
    if (this_slot.is_internal_cell()) [[unlikely]]
        return static_cast<GeneratorLinks*>(this_slot.as_cell())->this_value;
    return this_slot;
}

class GeneratorObject final : public JSObject {
public:
    enum class State : std::uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };

    // A generator for a call of `callee` with `this_value`, with room for its frame's registers. Its
    // [[Prototype]] is set by InitialSuspend (OrdinaryCreateFromConstructor runs after the parameters are
    // bound).
    static GeneratorObject* create(VM&, JSFunction* callee, Value this_value);
    GeneratorObject(Shape*, JSFunction* callee, Value this_value);

    const char* class_name() const override { return "Generator"; }
    void visit_edges(Visitor&) override;

    State state() const { return static_cast<State>(frame_.state); }
    void set_state(State state) { frame_.state = static_cast<std::uint8_t>(state); }
    HeapFrame& heap_frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    // Drops the frame's references once the generator has completed.
    void release_frame() { frame_.release(); }

    // The yield* chain (docs/architecture.md, "yield* chains"): a generator suspended in yield* on another
    // generator whose `next` is the intrinsic one is linked to it, so resuming the first generator of the
    // chain goes straight to the last. delegate() is the generator this one delegates to, delegator() the
    // one delegating to this one. chain() is, for the first generator of a chain, the last one; for the
    // others, the first one.
    GeneratorObject* delegate() const { return links() ? links()->delegate : nullptr; }
    GeneratorObject* delegator() const { return links() ? links()->delegator : nullptr; }
    GeneratorObject* chain() const { return links() ? links()->chain : nullptr; }
    // The first generator of this one's chain (itself when it has no delegator).
    GeneratorObject* chain_root() {
        GeneratorObject* parent = delegator();
        return parent ? links()->chain : this;
    }
    // Links this generator (running its yield*) to `delegate`, which becomes the last of the chain.
    // `return_link`: the delegate was resumed with return(), so its returning makes this one return.
    // May allocate (the links of the generators involved).
    void link_delegate(VM&, GeneratorObject* delegate, bool return_link);
    // Whether this generator's completion makes its delegator return (not just finish its yield*).
    bool return_link() const { return links() && links()->return_link; }
    // Whether some link of the chain this generator is the first of was made by return().
    bool has_return_links() const { return links() && links()->has_return_links; }
    // Unlinks the last generator of a chain from its delegator (which becomes the last one); returns the
    // delegator.
    GeneratorObject* unlink_from_delegator();
    // Dissolves the chain this generator is the first of: every member is a plain suspended generator again.
    void dissolve_chain();

private:
    GeneratorLinks* links() const {
        return frame_.this_slot.is_internal_cell() ? static_cast<GeneratorLinks*>(frame_.this_slot.as_cell())
                                                   : nullptr;
    }
    GeneratorLinks& ensure_links(VM&);

    HeapFrame frame_;
};

// %GeneratorPrototype%.next (27.5.1.2; defined with the other generator methods in
// src/builtins/generator_prototype.cpp). The interpreter recognises calls of it on a suspended generator
// and resumes the generator's frame inline, without going through C++.
ThrowCompletionOr<Value> GeneratorPrototypeNext(VM&, const NativeCallInfo&);
// %GeneratorPrototype%.throw and .return: yield* links a generator whose throw()/return() it would call.
ThrowCompletionOr<Value> GeneratorPrototypeThrow(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> GeneratorPrototypeReturn(VM&, const NativeCallInfo&);

// The suspended state of one async function activation (never visible to JavaScript).
class AsyncFunctionObject final : public Cell {
public:
    static AsyncFunctionObject* create(VM&, JSFunction* callee, Value this_value, const PromiseCapability&);
    AsyncFunctionObject(JSFunction* callee, Value this_value, const PromiseCapability& capability);

    const char* class_name() const override { return "AsyncFunction"; }
    void visit_edges(Visitor&) override;

    HeapFrame& heap_frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    const PromiseCapability& capability() const { return capability_; }
    bool is_running() const { return frame_.state != 0; }
    void set_running(bool running) { frame_.state = running ? 1 : 0; }
    void release_frame() { frame_.release(); }

private:
    HeapFrame frame_;
    PromiseCapability capability_;
};

// AsyncGenerator objects (27.6): the frame as for GeneratorObject, plus the queue of next/return/throw
// requests, each with the promise capability it settles.
class AsyncGeneratorObject final : public JSObject {
public:
    enum class State : std::uint8_t { SuspendedStart, SuspendedYield, Executing, DrainingQueue, Completed };
    // An AsyncGeneratorRequest Record: its completion (as a resume mode and value) and capability.
    struct Request {
        ResumeMode mode;
        Value value;
        PromiseCapability capability;
    };

    // As GeneratorObject::create; InitialSuspend sets the [[Prototype]].
    static AsyncGeneratorObject* create(VM&, JSFunction* callee, Value this_value);
    AsyncGeneratorObject(Shape*, JSFunction* callee, Value this_value);

    const char* class_name() const override { return "AsyncGenerator"; }
    void visit_edges(Visitor&) override;

    State state() const { return static_cast<State>(frame_.state); }
    void set_state(State state) { frame_.state = static_cast<std::uint8_t>(state); }
    HeapFrame& heap_frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    std::deque<Request>& queue() { return queue_; }
    // Whether the prologue has finished (InitialSuspend ran): errors before that propagate to the caller.
    bool started() const { return frame_.flags & HeapFrame::kStarted; }
    void set_started() { frame_.flags |= HeapFrame::kStarted; }
    void release_frame() { frame_.release(); }

private:
    HeapFrame frame_;
    std::deque<Request> queue_;
};

// AsyncGenerator abstract operations (27.6.3).
void AsyncGeneratorEnqueue(AsyncGeneratorObject*, ResumeMode, Value, const PromiseCapability&);
// Settles the first request: rejects with `value` when `is_throw`, otherwise resolves with an iterator
// result {value, done} created in `realm` (null: the current realm).
void AsyncGeneratorCompleteStep(VM&, AsyncGeneratorObject*, bool is_throw, Value, bool done, Realm* realm = nullptr);
void AsyncGeneratorAwaitReturn(VM&, AsyncGeneratorObject*);
void AsyncGeneratorDrainQueue(VM&, AsyncGeneratorObject*);

} // namespace yjs
