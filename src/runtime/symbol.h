#pragma once
#include "heap/cell.h"
#include "runtime/string.h"

namespace yjs {

// A Symbol value. Private names (#x) are symbols with is_private() set: they key private fields and
// methods in an object's ordinary property storage but are invisible to every reflective operation.
class Symbol final : public Cell {
public:
    Symbol(JSString* description, bool is_private = false) : description_(description), is_private_(is_private) {}

    JSString* description() const { return description_; } // null when undefined
    bool is_private() const { return is_private_; }
    bool is_registered() const { return is_registered_; } // created by Symbol.for
    void set_registered() { is_registered_ = true; }
    // SymbolDescriptiveString: "Symbol(desc)".
    JSString* descriptive_string(VM&);

    const char* class_name() const override { return "Symbol"; }
    bool is_symbol() const override { return true; }
    void visit_edges(Visitor& visitor) override { visitor.visit(description_); }

private:
    JSString* description_;
    bool is_private_;
    bool is_registered_ = false;
};

} // namespace yjs
