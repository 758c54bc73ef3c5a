#pragma once
// Storage for an object's array-index properties (keys 0 .. 2^32-2).
//
// Dense mode: a vector of Values indexed by the key, with holes (Value::empty()) for absent indices; every
// present element has the default attributes (writable, enumerable, configurable) and holds a data value.
// Sparse mode: an ordered map index -> {value, attributes}, used once an index lands far beyond the dense
// size or an element gets non-default attributes (or becomes an accessor: the value is then an Accessor
// cell and the attributes include kAccessor). Sparse storage returns to dense when it fills up again.
#include "heap/cell.h"
#include "runtime/property.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace yjs {

class Heap;

// The malloc'd memory is reported to the heap as external memory (it counts toward the heap limit).
class IndexedProperties {
public:
    explicit IndexedProperties(Heap&);
    ~IndexedProperties();
    IndexedProperties(const IndexedProperties&) = delete;
    IndexedProperties& operator=(const IndexedProperties&) = delete;

    struct Element {
        Value value; // an Accessor cell (as an internal cell value) when attributes include kAccessor
        PropertyAttributes attributes;
    };

    bool is_dense() const { return !sparse_; }
    bool is_empty() const { return sparse_ ? sparse_->map.empty() : dense_.empty(); }
    // One past the highest present index (0 when empty).
    std::uint32_t end_index() const;
    // Number of present elements (O(n) in dense mode).
    std::size_t count() const;

    std::optional<Element> get(std::uint32_t index) const;
    bool has(std::uint32_t index) const;
    // Fast path: a present element of dense storage (default attributes, a data value).
    bool get_dense(std::uint32_t index, Value& out) const {
        if (sparse_ || index >= dense_.size() || dense_[index].is_empty()) return false;
        out = dense_[index];
        return true;
    }
    // Fast path: overwrites a present element of dense storage. False if it is not one.
    bool set_dense(std::uint32_t index, Value value) {
        if (sparse_ || index >= dense_.size() || dense_[index].is_empty()) return false;
        dense_[index] = value;
        return true;
    }
    // Fast path: appends at end_index() in dense storage. False (nothing done) in sparse mode.
    bool append_dense(Value value);
    // The dense storage (holes are Value::empty()); empty in sparse mode.
    std::span<const Value> dense_values() const { return dense_; }
    // Replaces every element by `values` (holes allowed) with default attributes, in dense mode.
    void assign_dense(std::span<const Value> values);

    // Adds or replaces an element (no checks).
    void put(std::uint32_t index, Value value, PropertyAttributes attributes);
    void remove(std::uint32_t index);
    // Removes every element with index >= `end`.
    void truncate(std::uint32_t end);
    // Present indices in ascending order.
    void collect_indices(std::vector<std::uint32_t>& out) const;
    // The smallest present index >= `from` / the largest present index <= `from`, if any.
    std::optional<std::uint32_t> next_index(std::uint32_t from) const;
    std::optional<std::uint32_t> previous_index(std::uint32_t from) const;
    // Present indices >= `from`, in descending order.
    void collect_indices_descending_from(std::uint32_t from, std::vector<std::uint32_t>& out) const;

    void visit(Visitor&) const;

private:
    struct Sparse {
        std::map<std::uint32_t, Element> map;
        std::size_t non_default = 0; // elements whose attributes are not kDefaultDataAttributes
    };
    void make_sparse();
    void maybe_make_dense();
    void trim_trailing_holes();
    // Reports the change in malloc'd memory since the last report.
    void account_memory();

    Heap& heap_;
    std::size_t reported_bytes_ = 0;
    std::vector<Value> dense_;
    std::unique_ptr<Sparse> sparse_;
};

} // namespace yjs
