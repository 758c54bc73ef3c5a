#pragma once
// RegExp String Iterator objects (22.2.9): the iterators RegExp.prototype[%Symbol.matchAll%] returns.
#include "runtime/object.h"

namespace yjs {

class JSString;

class RegExpStringIterator final : public JSObject {
public:
    RegExpStringIterator(Shape*, JSObject* regexp, JSString* string, bool global, bool full_unicode);

    const char* class_name() const override { return "RegExpStringIterator"; }
    void visit_edges(Visitor&) override;

    // %RegExpStringIteratorPrototype%.next ( ) on this iterator.
    ThrowCompletionOr<Value> next(VM&);

private:
    JSObject* regexp_;  // [[IteratingRegExp]]
    JSString* string_;  // [[IteratedString]]
    bool global_;       // [[Global]]
    bool full_unicode_; // [[Unicode]]
    bool done_ = false; // [[Done]]
};

// CreateRegExpStringIterator(R, S, global, fullUnicode).
RegExpStringIterator* CreateRegExpStringIterator(VM&, JSObject* regexp, JSString* string, bool global,
                                                 bool full_unicode);

} // namespace yjs
