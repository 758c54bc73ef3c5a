#pragma once
// Iterator Helper objects (27.1.2.1): the generator-like objects that Iterator.prototype.{map, filter, take,
// drop, flatMap, chunks, windows}, Iterator.concat and Iterator.zip / zipKeyed return. The spec writes each
// one as an abstract closure run by CreateIteratorFromClosure; here each kind is a small state machine
// whose fields are the closure's captured variables, resumed by %IteratorHelperPrototype%.next/return.
#include "runtime/completion.h"
#include "runtime/iteration.h"
#include "runtime/object.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace yjs {

class IteratorHelper final : public JSObject {
public:
    enum class Kind : std::uint8_t {
        Map,
        Filter,
        Take,
        Drop,
        FlatMap,
        Chunks,
        Windows,
        Concat,
        Zip,
        ZipKeyed
    };
    // [[GeneratorState]]; SuspendedStart until the first next().
    enum class State : std::uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };
    enum class ZipMode : std::uint8_t { Shortest, Longest, Strict };

    static IteratorHelper* create(VM&, Kind);
    IteratorHelper(Shape*, Kind);

    const char* class_name() const override { return "IteratorHelper"; }
    void visit_edges(Visitor&) override;

    Kind kind() const { return kind_; }
    State state() const { return state_; }
    void set_state(State state) { state_ = state; }

    // Runs the closure until its next Yield (the yielded value) or its end (nullopt); a throw completion
    // propagates. The caller has set the state to Executing.
    ThrowCompletionOr<std::optional<Value>> resume_next(VM&, bool first);
    // Resumes the closure at its Yield with a return completion: closes what the closure would close.
    ThrowCompletionOr<void> resume_return(VM&);
    // IteratorCloseAll(O.[[UnderlyingIterators]], NormalCompletion) for return() in the suspended-start
    // state.
    ThrowCompletionOr<void> close_underlying(VM&);

    // The closure's captured variables; which ones a kind uses is noted at its step function in
    // iterator_helper.cpp.
    struct Captures {
        IteratorRecord iterated;       // the underlying iterator (concat: the current inner iterator)
        IteratorRecord inner;          // flatMap: the current inner iterator
        Value function;                // map/filter/flatMap: the mapper or predicate
        double counter = 0;            // map/filter/flatMap: counter; take/drop: remaining
        std::size_t next_iterable = 0; // concat: index of the next (iterable, open method) pair
        std::uint32_t size = 0;        // chunks/windows: chunkSize / windowSize
        bool inner_alive = false;      // flatMap: inner is open; concat: iterated is open
        bool allow_partial = false;    // windows: undersized is "allow-partial"
        bool final_yield = false;      // chunks/windows: the last, partial buffer has been yielded
        ZipMode zip_mode = ZipMode::Shortest;
        std::vector<Value> values; // chunks/windows: buffer; concat: (iterable, method) pairs; zip: padding
        std::vector<Value> keys;   // zipKeyed: the keys of the result objects
        std::vector<IteratorRecord> iters; // zip: iters (iterator null once finished in longest mode)
        std::vector<bool> open;            // zip: whether iters[i] is still in openIters
    };
    Captures& captures() { return captures_; }

private:
    ThrowCompletionOr<std::optional<Value>> zip_step(VM&);
    std::vector<IteratorRecord> open_iterators() const;
    Value finish_zip_results(VM&, std::span<const Value> results);

    Captures captures_;
    Kind kind_;
    State state_ = State::SuspendedStart;
};

// The objects Iterator.from wraps iterators that do not inherit from %Iterator.prototype% in (27.1.3.2.1.1):
// an ordinary object with [[Prototype]] %WrapForValidIteratorPrototype% and an [[Iterated]] slot.
class WrapForValidIterator final : public JSObject {
public:
    static WrapForValidIterator* create(VM&, const IteratorRecord& iterated);
    WrapForValidIterator(Shape*, const IteratorRecord& iterated);

    const char* class_name() const override { return "WrapForValidIterator"; }
    void visit_edges(Visitor&) override;

    const IteratorRecord& iterated() const { return iterated_; }

private:
    IteratorRecord iterated_;
};

} // namespace yjs
