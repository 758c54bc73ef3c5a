#pragma once
// GroupBy (ECMA-262 7.3.35), shared by Object.groupBy and Map.groupBy.
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <vector>

namespace yjs {

class VM;

enum class GroupByKeyCoercion { Property, Zero };

// The groups in order of first appearance: keys[i] (a property key as a String or Symbol for
// ~property~, any value with -0 normalised to +0 for ~zero~) and elements[i], the values in that group.
struct KeyedGroups {
    explicit KeyedGroups(Heap& heap) : keys(heap) {}
    MarkedValueVector keys;
    std::vector<MarkedValueVector> elements;
};

// GroupBy(items, callback, keyCoercion).
ThrowCompletionOr<KeyedGroups> GroupBy(VM&, Value items, Value callback, GroupByKeyCoercion);

} // namespace yjs
