#pragma once
// Shared pieces of the Array built-ins (array_prototype*.cpp, array_constructor.cpp): element access helpers
// with dense fast paths, and the methods defined outside array_prototype.cpp.
//
// Indices and lengths are integers below 2^53 held in std::uint64_t. The element helpers perform exactly
// the spec's operation on the key ! ToString(𝔽(k)); their fast paths only apply where the result cannot
// differ (a present element of dense storage on an object with ordinary property lookup, ...).
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/object.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace yjs {

class VM;

inline constexpr std::uint64_t kMaxSafeInteger = 9007199254740991ull; // 2^53 - 1

// ! ToString(𝔽(k)) as a property key.
PropertyKey index_key(VM&, std::uint64_t k);
// Get(O, k).
ThrowCompletionOr<Value> get_element(VM&, JSObject*, std::uint64_t k);
// HasProperty(O, k), then Get(O, k) if present; nullopt for a missing element.
ThrowCompletionOr<std::optional<Value>> get_element_if_present(VM&, JSObject*, std::uint64_t k);
// Set(O, k, V, true).
ThrowCompletionOr<void> set_element(VM&, JSObject*, std::uint64_t k, Value);
// CreateDataPropertyOrThrow(O, k, V).
ThrowCompletionOr<void> create_element(VM&, JSObject*, std::uint64_t k, Value);
// DeletePropertyOrThrow(O, k).
ThrowCompletionOr<void> delete_element(VM&, JSObject*, std::uint64_t k);
// Set(O, "length", 𝔽(length), true).
ThrowCompletionOr<void> set_length(VM&, JSObject*, std::uint64_t length);
// Index skipping, for loops over huge or sparse lengths. When every object on the prototype chain of `O` (`O`
// included) has ordinary lookups, HasProperty(O, k) is false and Get(O, k) is undefined, with no observable
// step, for every index k that none of them has as an own property. next_present_index is the smallest index
// in [k, end) that one of them has (`end` if none), previous_present_index the largest in [lowest, k]
// (nullopt if none); with `own_only`, only O's own properties count (for [[Delete]] on an object with
// ordinary updates). Where an object on the chain is exotic (proxies, string wrappers, ...), every index
// counts as present.
std::uint64_t next_present_index(VM&, JSObject*, std::uint64_t k, std::uint64_t end, bool own_only = false);
std::optional<std::uint64_t> previous_present_index(VM&, JSObject*, std::uint64_t k, std::uint64_t lowest,
                                                    bool own_only = false);
// Whether O's [[Delete]] is the ordinary one (Array exotic objects only override [[DefineOwnProperty]]).
inline bool has_ordinary_delete(JSObject* object) {
    return object->has_ordinary_update() || object->is_array();
}
// A RangeError (out of memory) when `count` values are more than the heap limit can hold: for operations
// that must create that many elements before anything observable can stop them.
ThrowCompletionOr<void> check_elements_fit(VM&, std::uint64_t count);
// k when it is a present element of O's dense storage (checked first), else next_present_index(k, end).
std::uint64_t skip_absent(VM&, JSObject*, std::uint64_t k, std::uint64_t end);
// The clamping shared by slice, splice, fill, copyWithin, ...: -∞ gives 0, a negative relative index counts
// from `length` (at least 0), anything else is capped at `length`.
std::uint64_t resolve_relative_index(double relative, std::uint64_t length);
// Step "If _x_ is undefined, let _relativeX_ be _len_; else let _relativeX_ be ? ToIntegerOrInfinity(_x_)"
// followed by resolve_relative_index.
ThrowCompletionOr<std::uint64_t> resolve_relative_end(VM&, Value end, std::uint64_t length);

// CompareArrayElements(x, y, comparator) with comparator undefined or callable: <0, 0 or >0.
ThrowCompletionOr<double> CompareArrayElements(VM&, Value x, Value y, Value comparator);
// SortIndexedProperties(obj, len, SortCompare, holes) with SortCompare calling CompareArrayElements with
// `comparator`. `skip_holes` selects ~skip-holes~ (else ~read-through-holes~).
ThrowCompletionOr<MarkedValueVector> SortIndexedProperties(VM&, JSObject*, std::uint64_t length,
                                                           Value comparator, bool skip_holes);
// Sorts `items` stably (a merge sort) with `compare`, which returns <0, 0 or >0; stops at the first throw
// completion and returns it. Shared with %TypedArray%.prototype.sort.
ThrowCompletionOr<void> stable_sort(VM&, MarkedValueVector& items,
                                    const std::function<ThrowCompletionOr<double>(Value, Value)>& compare);

// Methods defined in array_prototype_iteration.cpp and array_prototype_sort.cpp.
ThrowCompletionOr<Value> ArrayPrototypeEvery(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFilter(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFind(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFindIndex(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFindLast(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFindLastIndex(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFlat(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeFlatMap(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeForEach(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeMap(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeReduce(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeReduceRight(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeSome(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeSort(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> ArrayPrototypeToSorted(VM&, const NativeCallInfo&);

} // namespace yjs
