#pragma once
// String Iterator objects (22.1.5): the iterators String.prototype[%Symbol.iterator%] returns, which
// yield the string's code points (a surrogate pair as one two-unit string).
#include "runtime/object.h"

#include <cstdint>

namespace yjs {

class JSString;

class StringIterator final : public JSObject {
public:
    StringIterator(Shape*, JSString* iterated);

    const char* class_name() const override { return "StringIterator"; }
    void visit_edges(Visitor&) override;

    // %StringIteratorPrototype%.next ( ) on this iterator.
    JSObject* next(VM&);

private:
    JSString* iterated_; // null once the iteration has finished
    std::uint32_t position_ = 0;
};

// CreateStringIterator: the iterator the spec builds with CreateIteratorFromClosure, with the current
// realm's %StringIteratorPrototype%.
StringIterator* CreateStringIterator(VM&, JSString*);

} // namespace yjs
