#pragma once
// Cell: the base of everything the garbage collector manages.
//
// Cells never move. Each cell class reports its outgoing references in visit_edges(); the collector
// calls the destructor of every cell it frees, so cells may own malloc'd memory (std::vector etc.).
// Values held in such containers must be visited by the owning cell's visit_edges().
#include "runtime/value.h"

#include <cstdint>
#include <typeinfo>

namespace yjs {

class Cell;

// Receives the references of a cell during marking.
class Visitor {
public:
    virtual ~Visitor() = default;
    // Every overload accepts null, so a cell's optional references need no checks of their own.
    void visit(Cell* cell) {
        if (cell) visit_cell(cell);
    }
    void visit(Value value) {
        if (value.is_cell()) visit_cell(value.as_cell());
    }
    template <typename T> void visit(T* cell) {
        if (cell) visit_cell(static_cast<Cell*>(cell));
    }

protected:
    virtual void visit_cell(Cell* cell) = 0;
};

class Cell {
public:
    Cell() = default;
    Cell(const Cell&) = delete;
    Cell& operator=(const Cell&) = delete;
    virtual ~Cell() = default;

    virtual void visit_edges(Visitor&) {}
    // A short name for debugging and heap statistics.
    virtual const char* class_name() const = 0;

    virtual bool is_object() const { return false; }
    virtual bool is_string() const { return false; }
    virtual bool is_symbol() const { return false; }
};

// Exact dynamic type test for hot paths (cheaper than dynamic_cast). It compares type_info addresses: the
// engine is linked statically, so each class has one type_info object, and libstdc++'s operator== would
// fall back to comparing the mangled names with strcmp whenever the types differ.
template <typename T> bool has_exact_type(const Cell& cell) {
    return &typeid(cell) == &typeid(T);
}

} // namespace yjs
