#include "runtime/indexed_properties.h"

#include "heap/heap.h"

#include <algorithm>

namespace yjs {

namespace {

// A write this far beyond the dense size switches to sparse storage.
constexpr std::uint64_t kMaxDenseGap = 1024;

// Approximate size of one std::map node holding an Element.
constexpr std::size_t kSparseNodeBytes = 64;

bool is_default(PropertyAttributes attributes) {
    return attributes == kDefaultDataAttributes;
}

} // namespace

IndexedProperties::IndexedProperties(Heap& heap) : heap_(heap) {}

IndexedProperties::~IndexedProperties() {
    if (reported_bytes_) heap_.did_free_external(reported_bytes_);
}

void IndexedProperties::account_memory() {
    std::size_t bytes = dense_.capacity() * sizeof(Value);
    if (sparse_) bytes += sizeof(Sparse) + sparse_->map.size() * kSparseNodeBytes;
    if (bytes > reported_bytes_)
        heap_.did_allocate_external(bytes - reported_bytes_);
    else if (bytes < reported_bytes_)
        heap_.did_free_external(reported_bytes_ - bytes);
    reported_bytes_ = bytes;
}

bool IndexedProperties::append_dense(Value value) {
    if (sparse_) return false;
    std::size_t capacity = dense_.capacity();
    dense_.push_back(value);
    if (dense_.capacity() != capacity) account_memory();
    return true;
}

void IndexedProperties::assign_dense(std::span<const Value> values) {
    sparse_.reset();
    dense_.assign(values.begin(), values.end());
    trim_trailing_holes();
    account_memory();
}

std::uint32_t IndexedProperties::end_index() const {
    if (sparse_) return sparse_->map.empty() ? 0 : sparse_->map.rbegin()->first + 1;
    return static_cast<std::uint32_t>(dense_.size());
}

std::size_t IndexedProperties::count() const {
    if (sparse_) return sparse_->map.size();
    return static_cast<std::size_t>(
        std::count_if(dense_.begin(), dense_.end(), [](Value v) { return !v.is_empty(); }));
}

std::optional<IndexedProperties::Element> IndexedProperties::get(std::uint32_t index) const {
    if (sparse_) {
        auto it = sparse_->map.find(index);
        if (it == sparse_->map.end()) return std::nullopt;
        return it->second;
    }
    if (index >= dense_.size() || dense_[index].is_empty()) return std::nullopt;
    return Element{dense_[index], kDefaultDataAttributes};
}

bool IndexedProperties::has(std::uint32_t index) const {
    if (sparse_) return sparse_->map.contains(index);
    return index < dense_.size() && !dense_[index].is_empty();
}

void IndexedProperties::put(std::uint32_t index, Value value, PropertyAttributes attributes) {
    if (!sparse_) {
        if (is_default(attributes)) {
            if (index < dense_.size()) {
                dense_[index] = value;
                return;
            }
            // Reallocating the vector is allowed only while at least a quarter of the slots would hold
            // elements (stores at doubling indices would otherwise grow it exponentially); count() runs
            // only when the capacity would grow, so it stays amortised O(1).
            bool too_sparse =
                index >= dense_.capacity() && index > kMaxDenseGap && count() * 4 < std::size_t(index);
            if (!too_sparse && std::uint64_t(index) <= kMaxDenseGap + 2 * std::uint64_t(dense_.size())) {
                std::size_t capacity = dense_.capacity();
                dense_.resize(std::size_t(index) + 1, Value::empty());
                dense_[index] = value;
                if (dense_.capacity() != capacity) account_memory();
                return;
            }
        }
        make_sparse();
    }
    auto [it, inserted] = sparse_->map.try_emplace(index, Element{value, attributes});
    if (!inserted) {
        if (!is_default(it->second.attributes)) --sparse_->non_default;
        it->second = Element{value, attributes};
    }
    if (!is_default(attributes)) ++sparse_->non_default;
    maybe_make_dense();
    account_memory();
}

void IndexedProperties::remove(std::uint32_t index) {
    if (sparse_) {
        auto it = sparse_->map.find(index);
        if (it == sparse_->map.end()) return;
        if (!is_default(it->second.attributes)) --sparse_->non_default;
        sparse_->map.erase(it);
        account_memory();
        return;
    }
    if (index >= dense_.size()) return;
    dense_[index] = Value::empty();
    if (index + 1 == dense_.size()) trim_trailing_holes();
}

void IndexedProperties::truncate(std::uint32_t end) {
    if (sparse_) {
        auto first = sparse_->map.lower_bound(end);
        for (auto it = first; it != sparse_->map.end(); ++it) {
            if (!is_default(it->second.attributes)) --sparse_->non_default;
        }
        sparse_->map.erase(first, sparse_->map.end());
        maybe_make_dense();
        account_memory();
        return;
    }
    if (end < dense_.size()) {
        dense_.resize(end);
        trim_trailing_holes();
        if (dense_.size() < dense_.capacity() / 4) dense_.shrink_to_fit();
        account_memory();
    }
}

void IndexedProperties::collect_indices(std::vector<std::uint32_t>& out) const {
    if (sparse_) {
        for (auto& [index, element] : sparse_->map)
            out.push_back(index);
        return;
    }
    for (std::uint32_t i = 0; i < dense_.size(); ++i) {
        if (!dense_[i].is_empty()) out.push_back(i);
    }
}

std::optional<std::uint32_t> IndexedProperties::next_index(std::uint32_t from) const {
    if (sparse_) {
        auto it = sparse_->map.lower_bound(from);
        if (it == sparse_->map.end()) return std::nullopt;
        return it->first;
    }
    for (std::size_t i = from; i < dense_.size(); ++i) {
        if (!dense_[i].is_empty()) return static_cast<std::uint32_t>(i);
    }
    return std::nullopt;
}

std::optional<std::uint32_t> IndexedProperties::previous_index(std::uint32_t from) const {
    if (sparse_) {
        auto it = sparse_->map.upper_bound(from);
        if (it == sparse_->map.begin()) return std::nullopt;
        return std::prev(it)->first;
    }
    for (std::size_t i = std::min<std::size_t>(std::size_t(from) + 1, dense_.size()); i > 0; --i) {
        if (!dense_[i - 1].is_empty()) return static_cast<std::uint32_t>(i - 1);
    }
    return std::nullopt;
}

void IndexedProperties::collect_indices_descending_from(std::uint32_t from,
                                                        std::vector<std::uint32_t>& out) const {
    if (sparse_) {
        for (auto it = sparse_->map.rbegin(); it != sparse_->map.rend() && it->first >= from; ++it)
            out.push_back(it->first);
        return;
    }
    for (std::size_t i = dense_.size(); i > from; --i) {
        if (!dense_[i - 1].is_empty()) out.push_back(static_cast<std::uint32_t>(i - 1));
    }
}

void IndexedProperties::visit(Visitor& visitor) const {
    if (sparse_) {
        for (auto& [index, element] : sparse_->map)
            visitor.visit(element.value);
        return;
    }
    for (Value value : dense_)
        visitor.visit(value);
}

void IndexedProperties::make_sparse() {
    auto sparse = std::make_unique<Sparse>();
    for (std::uint32_t i = 0; i < dense_.size(); ++i) {
        if (!dense_[i].is_empty())
            sparse->map.emplace_hint(sparse->map.end(), i, Element{dense_[i], kDefaultDataAttributes});
    }
    dense_.clear();
    dense_.shrink_to_fit();
    sparse_ = std::move(sparse);
}

void IndexedProperties::maybe_make_dense() {
    if (sparse_->non_default != 0) return;
    std::size_t count = sparse_->map.size();
    std::uint64_t end = count == 0 ? 0 : std::uint64_t(sparse_->map.rbegin()->first) + 1;
    if (end > 2 * count + 8) return;
    std::vector<Value> dense(end, Value::empty());
    for (auto& [index, element] : sparse_->map)
        dense[index] = element.value;
    sparse_.reset();
    dense_ = std::move(dense);
}

void IndexedProperties::trim_trailing_holes() {
    while (!dense_.empty() && dense_.back().is_empty())
        dense_.pop_back();
}

} // namespace yjs
