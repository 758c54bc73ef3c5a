#pragma once
// Generator objects (27.5) and the internal objects of suspended async functions. Both own their frame:
// the Frame header is a member and the registers are trailing storage allocated with the object, so the
// frame never moves and suspension/resumption copy nothing.
#include "runtime/object.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

#include <cstdint>
#include <deque>

namespace yjs {

class JSFunction;
class VM;

class GeneratorObject final : public JSObject {
public:
    enum class State : std::uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };

    // A generator for a call of `callee`, with room for its frame's registers. Its [[Prototype]] is set by
    // InitialSuspend (OrdinaryCreateFromConstructor runs after the parameters are bound).
    static GeneratorObject* create(VM&, JSFunction* callee);
    GeneratorObject(Shape*, std::uint32_t register_count);

    const char* class_name() const override { return "Generator"; }
    void visit_edges(Visitor&) override;

    State state() const { return state_; }
    void set_state(State state) { state_ = state; }
    Frame& frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    // Drops the frame's references once the generator has completed.
    void release_frame();

    // The yield* chain (docs/architecture.md, "yield* chains"): a generator suspended in yield* on another
    // generator whose `next` is the intrinsic one is linked to it, so resuming the first generator of the
    // chain goes straight to the last. delegate() is the generator this one delegates to, delegator() the
    // one delegating to this one. chain() is, for the first generator of a chain, the last one; for the
    // others, the first one.
    GeneratorObject* delegate() const { return delegate_; }
    GeneratorObject* delegator() const { return delegator_; }
    GeneratorObject* chain() const { return chain_; }
    // The first generator of this one's chain (itself when it has no delegator).
    GeneratorObject* chain_root() { return delegator_ ? chain_ : this; }
    // Links this generator (running its yield*) to `delegate`, which becomes the last of the chain.
    // `return_link`: the delegate was resumed with return(), so its returning makes this one return.
    void link_delegate(GeneratorObject* delegate, bool return_link);
    // Whether this generator's completion makes its delegator return (not just finish its yield*).
    bool return_link() const { return return_link_; }
    // Whether some link of the chain this generator is the first of was made by return().
    bool has_return_links() const { return has_return_links_; }
    // Unlinks the last generator of a chain from its delegator (which becomes the last one); returns the
    // delegator.
    GeneratorObject* unlink_from_delegator();
    // Dissolves the chain this generator is the first of: every member is a plain suspended generator again.
    void dissolve_chain();

private:
    Frame frame_;
    std::uint32_t register_count_;
    State state_ = State::Executing;
    GeneratorObject* delegate_ = nullptr;
    GeneratorObject* delegator_ = nullptr;
    GeneratorObject* chain_ = nullptr;
    bool return_link_ = false;
    bool has_return_links_ = false;
};

// The suspended state of one async function activation (never visible to JavaScript).
// %GeneratorPrototype%.next (27.5.1.2; defined with the other generator methods in
// src/builtins/generator_prototype.cpp). The interpreter recognises calls of it on a suspended generator
// and resumes the generator's frame inline, without going through C++.
ThrowCompletionOr<Value> GeneratorPrototypeNext(VM&, const NativeCallInfo&);
// %GeneratorPrototype%.throw and .return: yield* links a generator whose throw()/return() it would call.
ThrowCompletionOr<Value> GeneratorPrototypeThrow(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> GeneratorPrototypeReturn(VM&, const NativeCallInfo&);

class AsyncFunctionObject final : public Cell {
public:
    static AsyncFunctionObject* create(VM&, JSFunction* callee, const PromiseCapability&);
    AsyncFunctionObject(std::uint32_t register_count, const PromiseCapability& capability);

    const char* class_name() const override { return "AsyncFunction"; }
    void visit_edges(Visitor&) override;

    Frame& frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    const PromiseCapability& capability() const { return capability_; }
    bool is_completed() const { return completed_; }
    bool is_running() const { return running_; }
    void set_running(bool running) { running_ = running; }
    void release_frame();

private:
    Frame frame_;
    std::uint32_t register_count_;
    PromiseCapability capability_;
    bool completed_ = false;
    bool running_ = false;
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
    static AsyncGeneratorObject* create(VM&, JSFunction* callee);
    AsyncGeneratorObject(Shape*, std::uint32_t register_count);

    const char* class_name() const override { return "AsyncGenerator"; }
    void visit_edges(Visitor&) override;

    State state() const { return state_; }
    void set_state(State state) { state_ = state; }
    Frame& frame() { return frame_; }
    Value* registers() { return reinterpret_cast<Value*>(this + 1); }
    std::deque<Request>& queue() { return queue_; }
    // Whether the prologue has finished (InitialSuspend ran): errors before that propagate to the caller.
    bool started() const { return started_; }
    void set_started() { started_ = true; }
    void release_frame();

private:
    Frame frame_;
    std::uint32_t register_count_;
    State state_ = State::Executing;
    bool started_ = false;
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
