#pragma once
// Generator objects (27.5), async generator objects (27.6) and the internal objects of suspended async
// functions. Each keeps the persistent part of its frame (HeapFrame: callee, resume point, state) and, as
// trailing storage of the same cell, the frame's registers (plus a slot for the context and one for `this`
// when the code needs them), from the first call until it completes. The registers never move: while the
// frame runs, an ordinary Frame header on the interpreter's register stack points at them; suspending
// writes back only the resume offset (and the context, when it can change) before the header is popped.
// So neither suspending nor resuming copies a register.
#include "runtime/object.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/js_function.h"

#include <cstdint>
#include <deque>
#include <unordered_map>

namespace yjs {

class GeneratorObject;
class Heap;
class VM;

// The part of a generator's or async function's frame that outlives an activation: one word (the callee,
// with the owner's state and the flags in its unused top 16 bits, as NaN-boxed values use 48-bit pointers
// too), the last member of its owner, so the owner's trailing storage directly follows it:
// [context slot][this slot][registers...]. The resume point needs no field of its own: while the frame is
// suspended its resume-mode register is dead (resuming writes the mode into it before anything reads it),
// so it holds the offset of the suspending instruction. Per-activation state (caller link, realm to
// restore, accumulator, the call's arguments, ...) lives in the Frame header the interpreter pushes on its
// register stack for each activation.
class HeapFrame {
public:
    enum Flag : std::uint8_t {
        // The code may switch contexts: the current one is kept in a slot (otherwise it is always the
        // callee's environment).
        kContextSlot = 1,
        // The code reads its `this` (not an arrow function's, which is the callee's lexical one): kept in a
        // slot (otherwise it is never read).
        kThisSlot = 2,
        // A mapped arguments object aliases the registers: they stay alive (and traced) after completion,
        // instead of being detached as a stack frame's are.
        kRegistersAliased = 4,
        // Async generators: the prologue has finished (InitialSuspend ran).
        kStarted = 8,
        // Generators: part of a yield* chain (GeneratorChains has an entry for it).
        kLinked = 16,
    };

    // Bytes of trailing storage a frame for `callee` needs.
    static std::size_t trailing_bytes(JSFunction* callee);
    // Sets up the frame of a call of `function` with `this_value`: undefined registers, the context slot
    // holding the function's environment.
    void initialize(JSFunction* function, Value this_value);

    // Null once the frame is released (its storage is then dead).
    JSFunction* callee() const { return reinterpret_cast<JSFunction*>(bits_ & kCalleeMask); }
    std::uint8_t state() const { return static_cast<std::uint8_t>(bits_ >> kStateShift); }
    void set_state(std::uint8_t state) {
        bits_ = (bits_ & ~(std::uint64_t(0xFF) << kStateShift)) | (std::uint64_t(state) << kStateShift);
    }
    bool has(Flag flag) const { return (bits_ >> kFlagsShift) & flag; }
    void set(Flag flag) { bits_ |= std::uint64_t(flag) << kFlagsShift; }
    void clear(Flag flag) { bits_ &= ~(std::uint64_t(flag) << kFlagsShift); }

    Value* registers() { return slots() + slot_count(); }
    // Inline: the interpreter reads these on every resumption and writes them on every suspension.
    Environment* context() const {
        if (has(kContextSlot)) return static_cast<Environment*>(slots()[0].as_cell());
        return callee()->environment();
    }
    // The bytecode offset to resume at (of the suspending instruction).
    std::uint32_t resume_offset(const CodeBlock& code) {
        return static_cast<std::uint32_t>(registers()[code.resume_mode_register].as_number());
    }
    // Records a suspension at `offset` with `context` current, given the frame's code block and registers.
    // Does not read this frame's word: a state change has usually just written part of it, and reading
    // it back at once would stall on store forwarding.
    void suspend(const CodeBlock& code, Value* registers, std::uint32_t offset, Environment* context) {
        registers[code.resume_mode_register] = Value(static_cast<double>(offset));
        if (code.changes_context) slots()[0] = Value::internal_cell(context);
    }
    Value this_value() const { return has(kThisSlot) ? slots()[has(kContextSlot) ? 1 : 0] : Value(); }

    // Drops the references of a completed frame (unless a mapped arguments object still aliases the
    // registers).
    void release();
    void visit(Visitor&) const;

    // Whether a frame for `code` keeps its `this` in a slot (arrow functions read their callee's).
    static bool needs_this_slot(const CodeBlock& code) {
        return code.uses_this && code.code_kind != CodeKind::Arrow;
    }

private:
    static constexpr unsigned kStateShift = 48;
    static constexpr unsigned kFlagsShift = 56;
    static constexpr std::uint64_t kCalleeMask = (std::uint64_t(1) << kStateShift) - 1;

    Value* slots() const { return reinterpret_cast<Value*>(const_cast<HeapFrame*>(this) + 1); }
    std::uint32_t slot_count() const { return (has(kContextSlot) ? 1 : 0) + (has(kThisSlot) ? 1 : 0); }

    std::uint64_t bits_ = 0;
};

static_assert(sizeof(HeapFrame) == sizeof(Value) && alignof(HeapFrame) == alignof(Value));

class GeneratorObject final : public JSObject {
public:
    enum class State : std::uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };

    // A generator for a call of `callee` with `this_value`, with room for its frame. Its [[Prototype]] is
    // set by InitialSuspend (OrdinaryCreateFromConstructor runs after the parameters are bound).
    static GeneratorObject* create(VM&, JSFunction* callee, Value this_value);
    GeneratorObject(Shape*, JSFunction* callee, Value this_value);

    const char* class_name() const override { return "Generator"; }
    void visit_edges(Visitor&) override;

    State state() const { return static_cast<State>(frame_.state()); }
    void set_state(State state) { frame_.set_state(static_cast<std::uint8_t>(state)); }
    HeapFrame& heap_frame() { return frame_; }
    Value* registers() { return frame_.registers(); }
    // Drops the frame's references once the generator has completed.
    void release_frame() { frame_.release(); }
    // Whether it is part of a yield* chain (see GeneratorChains).
    bool is_linked() const { return frame_.has(HeapFrame::kLinked); }

private:
    friend class GeneratorChains;
    HeapFrame frame_; // last: the trailing storage follows it
};

// The yield* chains (docs/architecture.md, "yield* chains"): a generator suspended in yield* on another
// generator whose `next` is the intrinsic one is linked to it, so resuming the first generator of the
// chain goes straight to the last. The links live here, not in the generators: only members of a chain
// have an entry (and HeapFrame::kLinked), so other generators pay nothing for them. An entry keeps the
// generators it names alive while its own generator is alive, and goes away with it.
class GeneratorChains {
public:
    explicit GeneratorChains(Heap&);
    ~GeneratorChains();
    GeneratorChains(const GeneratorChains&) = delete;
    GeneratorChains& operator=(const GeneratorChains&) = delete;

    // The generator `generator` delegates to, and the one delegating to it.
    GeneratorObject* delegate(const GeneratorObject* generator) const;
    GeneratorObject* delegator(const GeneratorObject* generator) const;
    // For the first generator of a chain, the last one; for the others, the first one.
    GeneratorObject* chain(const GeneratorObject* generator) const;
    // The first generator of `generator`'s chain (itself when it has no delegator).
    GeneratorObject* chain_root(GeneratorObject* generator) const;
    // Whether `generator`'s completion makes its delegator return (not just finish its yield*).
    bool return_link(const GeneratorObject* generator) const;
    // Whether some link of the chain `root` is the first of was made by return().
    bool has_return_links(const GeneratorObject* root) const;

    // Links `delegator` (running its yield*) to `delegate`, which becomes the last of the chain.
    // `return_link`: the delegate was resumed with return(), so its returning makes the delegator return.
    void link(GeneratorObject* delegator, GeneratorObject* delegate, bool return_link);
    // Unlinks the last generator of a chain from its delegator (which becomes the last one); returns the
    // delegator.
    GeneratorObject* unlink_from_delegator(GeneratorObject* last);
    // Dissolves the chain `root` is the first of: every member is a plain suspended generator again.
    void dissolve(GeneratorObject* root);

private:
    struct Links {
        GeneratorObject* delegate = nullptr;
        GeneratorObject* delegator = nullptr;
        GeneratorObject* chain = nullptr;
        bool return_link = false;
        bool has_return_links = false;
    };
    // The generator's entry, or null when it is not linked.
    const Links* find(const GeneratorObject* generator) const;
    Links& entry(GeneratorObject* generator);
    // Removes the entry once it links nothing.
    void drop_if_unlinked(GeneratorObject* generator);

    Heap& heap_;
    std::unordered_map<const GeneratorObject*, Links> links_;
    std::size_t marking_constraint_id_;
    std::size_t weak_callback_id_;
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
    Value* registers() { return frame_.registers(); }
    const PromiseCapability& capability() const { return capability_; }
    bool is_running() const { return frame_.state() != 0; }
    void set_running(bool running) { frame_.set_state(running ? 1 : 0); }
    void release_frame() { frame_.release(); }

private:
    PromiseCapability capability_;
    HeapFrame frame_; // last: the trailing storage follows it
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

    State state() const { return static_cast<State>(frame_.state()); }
    void set_state(State state) { frame_.set_state(static_cast<std::uint8_t>(state)); }
    HeapFrame& heap_frame() { return frame_; }
    Value* registers() { return frame_.registers(); }
    std::deque<Request>& queue() { return queue_; }
    // Whether the prologue has finished (InitialSuspend ran): errors before that propagate to the caller.
    bool started() const { return frame_.has(HeapFrame::kStarted); }
    void set_started() { frame_.set(HeapFrame::kStarted); }
    void release_frame() { frame_.release(); }

private:
    std::deque<Request> queue_;
    HeapFrame frame_; // last: the trailing storage follows it
};

// AsyncGenerator abstract operations (27.6.3).
void AsyncGeneratorEnqueue(AsyncGeneratorObject*, ResumeMode, Value, const PromiseCapability&);
// Settles the first request: rejects with `value` when `is_throw`, otherwise resolves with an iterator
// result {value, done} created in `realm` (null: the current realm).
void AsyncGeneratorCompleteStep(VM&, AsyncGeneratorObject*, bool is_throw, Value, bool done, Realm* realm = nullptr);
void AsyncGeneratorAwaitReturn(VM&, AsyncGeneratorObject*);
void AsyncGeneratorDrainQueue(VM&, AsyncGeneratorObject*);

} // namespace yjs
