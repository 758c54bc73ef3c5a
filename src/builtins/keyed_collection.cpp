// The insertion-ordered hash table behind Map and Set, and the Map/Set object and iterator classes.
#include "builtins/keyed_collection.h"

#include "runtime/abstract_ops.h"
#include "runtime/bigint.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <bit>

namespace yjs {

Value CanonicalizeKeyedCollectionKey(Value key) {
    // 1. If key is -0𝔽, return +0𝔽.
    if (key.is_number() && key.as_number() == 0) return Value(0.0);
    return key;
}

// --- OrderedHashTable ---

OrderedHashTable::OrderedHashTable(Heap& heap) : heap_(heap) {}

OrderedHashTable::~OrderedHashTable() {
    if (reported_bytes_) heap_.did_free_external(reported_bytes_);
}

std::uint64_t OrderedHashTable::hash(Value key) {
    // Strings and BigInts compare by content. Everything else (numbers are canonical: one NaN, no -0)
    // compares by its bits.
    if (key.is_string()) return key.as_string()->hash();
    if (key.is_bigint()) return key.as_bigint()->hash();
    std::uint64_t x = key.bits();
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

bool OrderedHashTable::keys_equal(Value a, Value b) {
    if (a.identical(b)) return true;
    if (a.is_string() && b.is_string()) return a.as_string()->equals(b.as_string());
    if (a.is_bigint() && b.is_bigint()) return BigInt::equal(a.as_bigint(), b.as_bigint());
    return false;
}

std::uint32_t OrderedHashTable::find(Value key) const {
    if (index_.empty()) return kNotFound;
    std::size_t mask = index_.size() - 1;
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
        std::uint32_t slot = index_[i];
        if (slot == kFreeSlot) return kNotFound;
        if (slot != kDeletedSlot && keys_equal(entries_[slot].key, key)) return slot;
    }
}

std::size_t OrderedHashTable::slot_of(Value key, std::uint32_t entry) const {
    std::size_t mask = index_.size() - 1;
    std::size_t i = hash(key) & mask;
    while (index_[i] != entry)
        i = (i + 1) & mask;
    return i;
}

void OrderedHashTable::insert_into_index(std::uint64_t key_hash, std::uint32_t entry) {
    std::size_t mask = index_.size() - 1;
    std::size_t i = key_hash & mask;
    while (index_[i] != kFreeSlot && index_[i] != kDeletedSlot)
        i = (i + 1) & mask;
    index_[i] = entry;
}

const Value* OrderedHashTable::get(Value key) const {
    std::uint32_t entry = find(key);
    return entry == kNotFound ? nullptr : &entries_[entry].value;
}

void OrderedHashTable::set(Value key, Value value) {
    std::uint32_t existing = find(key);
    if (existing != kNotFound) {
        entries_[existing].value = value;
        return;
    }
    // Every entry, live or deleted, occupies an index slot: keep the load at most 3/4.
    if ((entries_.size() + 1) * 4 > index_.size() * 3)
        rebuild(std::max<std::size_t>(8, std::bit_ceil((std::size_t(size()) + 1) * 2)));
    entries_.push_back({key, value});
    insert_into_index(hash(key), static_cast<std::uint32_t>(entries_.size() - 1));
    account_memory();
}

bool OrderedHashTable::remove(Value key) {
    std::uint32_t entry = find(key);
    if (entry == kNotFound) return false;
    index_[slot_of(key, entry)] = kDeletedSlot;
    entries_[entry] = {Value::empty(), Value::undefined()};
    ++deleted_;
    if (deleted_ >= 16 && deleted_ * 2 >= entries_.size())
        rebuild(std::max<std::size_t>(8, std::bit_ceil((std::size_t(size()) + 1) * 2)));
    return true;
}

void OrderedHashTable::clear() {
    if (entries_.empty()) return;
    // Every entry is deleted, so each iteration continues with whatever is added next: position 0.
    for (auto& weak : cursors_) {
        if (auto cursor = weak.lock()) cursor->index = 0;
    }
    entries_.clear();
    entries_.shrink_to_fit();
    deleted_ = 0;
    index_.assign(8, kFreeSlot);
    index_.shrink_to_fit();
    account_memory();
}

void OrderedHashTable::rebuild(std::size_t capacity) {
    std::erase_if(cursors_, [](const std::weak_ptr<Cursor>& weak) { return weak.expired(); });
    if (deleted_ > 0) {
        // A cursor at old position p moves to the number of live entries before p.
        if (!cursors_.empty()) {
            std::vector<std::uint32_t> live_before(entries_.size() + 1);
            std::uint32_t live = 0;
            for (std::size_t i = 0; i < entries_.size(); ++i) {
                live_before[i] = live;
                if (!entries_[i].key.is_empty()) ++live;
            }
            live_before[entries_.size()] = live;
            for (auto& weak : cursors_) {
                if (auto cursor = weak.lock())
                    cursor->index = live_before[std::min<std::size_t>(cursor->index, entries_.size())];
            }
        }
        std::erase_if(entries_, [](const Entry& entry) { return entry.key.is_empty(); });
        deleted_ = 0;
    }
    index_.assign(capacity, kFreeSlot);
    for (std::size_t i = 0; i < entries_.size(); ++i)
        insert_into_index(hash(entries_[i].key), static_cast<std::uint32_t>(i));
    account_memory();
}

std::shared_ptr<OrderedHashTable::Cursor> OrderedHashTable::make_cursor() {
    if (cursors_.size() >= cursor_prune_threshold_) {
        std::erase_if(cursors_, [](const std::weak_ptr<Cursor>& weak) { return weak.expired(); });
        cursor_prune_threshold_ = std::max<std::size_t>(8, cursors_.size() * 2);
    }
    auto cursor = std::make_shared<Cursor>();
    cursors_.push_back(cursor);
    return cursor;
}

bool OrderedHashTable::advance(Cursor& cursor, Entry& out) const {
    while (cursor.index < entries_.size()) {
        const Entry& entry = entries_[cursor.index++];
        if (!entry.key.is_empty()) {
            out = entry;
            return true;
        }
    }
    return false;
}

void OrderedHashTable::copy_entries(std::vector<Entry>& out) const {
    out.reserve(out.size() + size());
    for (const Entry& entry : entries_) {
        if (!entry.key.is_empty()) out.push_back(entry);
    }
}

void OrderedHashTable::visit(Visitor& visitor) const {
    for (const Entry& entry : entries_) {
        visitor.visit(entry.key);
        visitor.visit(entry.value);
    }
}

void OrderedHashTable::account_memory() {
    std::size_t bytes = entries_.capacity() * sizeof(Entry) + index_.capacity() * sizeof(std::uint32_t);
    if (bytes > reported_bytes_)
        heap_.did_allocate_external(bytes - reported_bytes_);
    else if (bytes < reported_bytes_)
        heap_.did_free_external(reported_bytes_ - bytes);
    reported_bytes_ = bytes;
}

// --- MapObject / SetObject ---

MapObject* MapObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<MapObject>(Shape::create_root(vm, prototype));
}

MapObject::MapObject(Shape* shape) : JSObject(shape), data_(Heap::of(this)) {
    set_ordinary_methods(true, true);
}

void MapObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    data_.visit(visitor);
}

SetObject* SetObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<SetObject>(Shape::create_root(vm, prototype));
}

SetObject::SetObject(Shape* shape) : JSObject(shape), data_(Heap::of(this)) {
    set_ordinary_methods(true, true);
}

void SetObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    data_.visit(visitor);
}

// --- CollectionIterator ---

CollectionIterator* CollectionIterator::create(VM& vm, JSObject* collection, OrderedHashTable& data,
                                               CollectionIterationKind kind, JSObject* prototype) {
    return vm.heap().allocate<CollectionIterator>(Shape::create_root(vm, prototype), collection, data, kind);
}

CollectionIterator::CollectionIterator(Shape* shape, JSObject* collection, OrderedHashTable& data,
                                       CollectionIterationKind kind)
    : JSObject(shape), collection_(collection), data_(&data), cursor_(data.make_cursor()), kind_(kind),
      is_map_(as_if<MapObject>(collection) != nullptr) {
    set_ordinary_methods(true, true);
}

void CollectionIterator::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(collection_);
}

bool CollectionIterator::is_map_iterator() const {
    return is_map_;
}

JSObject* CollectionIterator::next(VM& vm) {
    OrderedHashTable::Entry entry;
    if (!collection_ || !data_->advance(*cursor_, entry)) {
        // The closure returned: the generator is completed and stays so.
        collection_ = nullptr;
        data_ = nullptr;
        cursor_.reset();
        return CreateIterResultObject(vm, Value::undefined(), true);
    }
    Value result;
    switch (kind_) {
    case CollectionIterationKind::Key:
        result = entry.key;
        break;
    case CollectionIterationKind::Value:
        result = is_map_ ? entry.value : entry.key;
        break;
    case CollectionIterationKind::KeyAndValue: {
        Value pair[2] = {entry.key, is_map_ ? entry.value : entry.key};
        result = Value(CreateArrayFromList(vm, pair));
        break;
    }
    }
    return CreateIterResultObject(vm, result, false);
}

} // namespace yjs
