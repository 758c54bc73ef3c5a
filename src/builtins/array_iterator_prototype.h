#pragma once
// Array Iterator objects (23.1.5): CreateArrayIterator, used by Array.prototype.{keys,values,entries}, the
// arguments objects' %Symbol.iterator% (through %Array.prototype.values%) and %TypedArray%.prototype.
#include "runtime/object.h"

#include <cstdint>

namespace yjs {

enum class ArrayIterationKind : std::uint8_t { Key, Value, KeyAndValue };

// An object with the internal slots of an Array Iterator instance.
class ArrayIterator final : public JSObject {
public:
    ArrayIterator(Shape*, JSObject* iterated, ArrayIterationKind);

    const char* class_name() const override { return "ArrayIterator"; }
    void visit_edges(Visitor&) override;

    // [[IteratedArrayLike]]: null once the iteration has finished (the spec's undefined).
    JSObject* iterated() const { return iterated_; }
    // %ArrayIteratorPrototype%.next ( ) on this iterator.
    ThrowCompletionOr<Value> next(VM&);

private:
    JSObject* iterated_;
    std::uint64_t next_index_ = 0; // [[ArrayLikeNextIndex]]
    ArrayIterationKind kind_;      // [[ArrayLikeIterationKind]]
};

// CreateArrayIterator(array, kind) with the current realm's %ArrayIteratorPrototype%.
ArrayIterator* CreateArrayIterator(VM&, JSObject* array, ArrayIterationKind);

} // namespace yjs
