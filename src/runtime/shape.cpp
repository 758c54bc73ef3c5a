#include "runtime/shape.h"

#include "heap/heap.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace yjs {

namespace {

// Tree shapes up to this many properties look keys up by walking the transition chain; larger ones build
// a hash table on first lookup.
constexpr std::uint32_t kLinearLookupLimit = 8;
// Adding a property beyond this count turns the object into a dictionary. The global object must stay
// below it for the global inline caches to hit: with the built-ins it has 72 properties before any script
// adds its own.
constexpr std::uint32_t kMaxTreeProperties = 128;
// Prototype changes of objects with more properties than this go to a dictionary instead of a transition.
constexpr std::uint32_t kMaxPrototypeTransitionProperties = 16;
// Transitions are kept in a vector (linear search) until there are this many, then in a hash map.
constexpr std::size_t kTransitionVectorLimit = 16;

} // namespace

// Lookup table: entries in creation order (removed ones keep an invalid key until compaction) and an
// open-addressing index over them (linear probing, load factor <= 1/2).
struct Shape::Table {
    struct Entry {
        PropertyKey key;
        Property property;
    };
    static constexpr std::uint32_t kEmptyBucket = 0;
    static constexpr std::uint32_t kRemovedBucket = 0xFFFFFFFF;

    std::vector<Entry> entries;
    std::vector<std::uint32_t> buckets; // kEmptyBucket, kRemovedBucket, or entry index + 1
    std::uint32_t live = 0;
    std::uint32_t removed_buckets = 0;
    std::vector<std::uint32_t> free_slots; // dictionary shapes: slots of removed properties

    std::size_t bucket_of(PropertyKey key) const {
        std::size_t mask = buckets.size() - 1;
        std::size_t i = std::hash<PropertyKey>{}(key)&mask;
        while (true) {
            std::uint32_t bucket = buckets[i];
            if (bucket == kEmptyBucket) return i;
            if (bucket != kRemovedBucket && entries[bucket - 1].key == key) return i;
            i = (i + 1) & mask;
        }
    }

    Entry* find(PropertyKey key) {
        if (buckets.empty()) return nullptr;
        std::uint32_t bucket = buckets[bucket_of(key)];
        return bucket == kEmptyBucket ? nullptr : &entries[bucket - 1];
    }

    void place(std::uint32_t entry_index) {
        std::size_t mask = buckets.size() - 1;
        std::size_t i = std::hash<PropertyKey>{}(entries[entry_index].key) & mask;
        while (buckets[i] != kEmptyBucket && buckets[i] != kRemovedBucket)
            i = (i + 1) & mask;
        if (buckets[i] == kRemovedBucket) --removed_buckets;
        buckets[i] = entry_index + 1;
    }

    void rehash() {
        buckets.assign(std::bit_ceil(std::max<std::size_t>(8, std::size_t(live) * 2 + 2)), kEmptyBucket);
        removed_buckets = 0;
        for (std::uint32_t i = 0; i < entries.size(); ++i) {
            if (entries[i].key.is_valid()) place(i);
        }
    }

    void insert(PropertyKey key, Property property) {
        entries.push_back({key, property});
        ++live;
        if ((std::size_t(live) + removed_buckets) * 2 > buckets.size())
            rehash();
        else
            place(static_cast<std::uint32_t>(entries.size() - 1));
    }

    Property remove(PropertyKey key) {
        std::size_t i = bucket_of(key);
        assert(buckets[i] != kEmptyBucket);
        Entry& entry = entries[buckets[i] - 1];
        Property property = entry.property;
        entry.key = PropertyKey();
        buckets[i] = kRemovedBucket;
        ++removed_buckets;
        --live;
        // Drop the removed entries once they are the majority.
        if (entries.size() > 16 && std::size_t(live) * 2 < entries.size()) {
            std::erase_if(entries, [](const Entry& e) { return !e.key.is_valid(); });
            rehash();
        }
        return property;
    }
};

struct Shape::Transitions {
    struct Key {
        std::uint64_t bits;
        PropertyAttributes attributes;
        TransitionKind kind;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept {
            std::uint64_t x =
                key.bits ^ (std::uint64_t(key.attributes) << 56) ^ (std::uint64_t(key.kind) << 62);
            x ^= x >> 33;
            x *= 0xff51afd7ed558ccdull;
            x ^= x >> 33;
            return static_cast<std::size_t>(x);
        }
    };
    std::vector<std::pair<Key, Shape*>> list;
    std::unordered_map<Key, Shape*, KeyHash> map; // used instead of `list` once it grows large
};

Shape::Shape(JSObject* prototype) : prototype_(prototype) {}

Shape::~Shape() {
    delete table_;
    delete transitions_;
}

Shape* Shape::create_root(VM& vm, JSObject* prototype) {
    return vm.shape_cache().root_for(vm, prototype);
}

void Shape::visit_edges(Visitor& visitor) {
    visitor.visit(parent_);
    key_.visit(visitor);
    visitor.visit(prototype_);
    // Tree tables only repeat keys held by the chain; dictionary tables own theirs.
    if (is_dictionary_ && table_) {
        for (const Table::Entry& entry : table_->entries)
            entry.key.visit(visitor);
    }
}

Shape::Table* Shape::table() const {
    if (table_) return table_;
    table_ = new Table;
    table_->entries.reserve(property_count_);
    for (const Shape* shape = this; shape; shape = shape->parent_) {
        if (shape->adds_property())
            table_->insert(shape->key_, Property{shape->slot_count_ - 1, shape->attributes_});
    }
    return table_;
}

std::optional<Shape::Property> Shape::lookup(PropertyKey key) const {
    if (property_count_ == 0) return std::nullopt;
    if (!is_dictionary_ && !table_ && property_count_ <= kLinearLookupLimit) {
        for (const Shape* shape = this; shape; shape = shape->parent_) {
            if (shape->key_ == key) return Property{shape->slot_count_ - 1, shape->attributes_};
        }
        return std::nullopt;
    }
    Table::Entry* entry = table()->find(key);
    if (!entry) return std::nullopt;
    return entry->property;
}

void Shape::for_each_property(const std::function<void(PropertyKey, Property)>& callback) const {
    if (is_dictionary_) {
        for (const Table::Entry& entry : table_->entries) {
            if (entry.key.is_valid()) callback(entry.key, entry.property);
        }
        return;
    }
    std::vector<const Shape*> chain;
    chain.reserve(property_count_);
    for (const Shape* shape = this; shape; shape = shape->parent_) {
        if (shape->adds_property()) chain.push_back(shape);
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        callback((*it)->key_, Property{(*it)->slot_count_ - 1, (*it)->attributes_});
}

Shape* Shape::find_transition(TransitionKind kind, std::uint64_t key, PropertyAttributes attributes) const {
    if (!transitions_) return nullptr;
    Transitions::Key wanted{key, attributes, kind};
    if (!transitions_->map.empty()) {
        auto it = transitions_->map.find(wanted);
        return it == transitions_->map.end() ? nullptr : it->second;
    }
    for (auto& [entry_key, target] : transitions_->list) {
        if (entry_key == wanted) return target;
    }
    return nullptr;
}

void Shape::add_transition(VM& vm, TransitionKind kind, std::uint64_t key, PropertyAttributes attributes,
                           Shape* target) {
    if (!transitions_) {
        transitions_ = new Transitions;
        vm.shape_cache().register_transition_owner(this);
    }
    Transitions::Key entry_key{key, attributes, kind};
    if (!transitions_->map.empty()) {
        transitions_->map[entry_key] = target;
        return;
    }
    transitions_->list.emplace_back(entry_key, target);
    if (transitions_->list.size() > kTransitionVectorLimit) {
        for (auto& [k, shape] : transitions_->list)
            transitions_->map.emplace(k, shape);
        transitions_->list.clear();
        transitions_->list.shrink_to_fit();
    }
}

// A tree child of `this` with the same properties, prototype and extensibility; the caller adjusts it.
Shape* Shape::create_child(VM& vm) const {
    Shape* child = vm.heap().allocate<Shape>(prototype_);
    child->parent_ = const_cast<Shape*>(this);
    child->extensible_ = extensible_;
    child->property_count_ = property_count_;
    child->slot_count_ = slot_count_;
    return child;
}

Shape* Shape::with_added_property(VM& vm, PropertyKey key, PropertyAttributes attributes,
                                  std::uint32_t* slot) {
    if (is_dictionary_) {
        Table* table = table_;
        std::uint32_t new_slot;
        if (!table->free_slots.empty()) {
            new_slot = table->free_slots.back();
            table->free_slots.pop_back();
        } else {
            new_slot = slot_count_++;
        }
        table->insert(key, Property{new_slot, attributes});
        ++property_count_;
        if (slot) *slot = new_slot;
        return this;
    }
    if (property_count_ >= kMaxTreeProperties)
        return to_dictionary(vm)->with_added_property(vm, key, attributes, slot);

    if (Shape* existing = find_transition(TransitionKind::AddProperty, key.bits(), attributes)) {
        if (slot) *slot = existing->slot_count_ - 1;
        return existing;
    }
    Shape* child = create_child(vm);
    child->key_ = key;
    child->attributes_ = attributes;
    child->property_count_ = property_count_ + 1;
    child->slot_count_ = slot_count_ + 1;
    // The object moving to the child is the likeliest to look keys up next: hand it our table.
    if (table_) {
        child->table_ = table_;
        table_ = nullptr;
        child->table_->insert(key, Property{child->slot_count_ - 1, attributes});
    }
    add_transition(vm, TransitionKind::AddProperty, key.bits(), attributes, child);
    if (slot) *slot = child->slot_count_ - 1;
    return child;
}

Shape* Shape::with_changed_attributes(VM& vm, PropertyKey key, PropertyAttributes attributes) {
    if (!is_dictionary_) return to_dictionary(vm)->with_changed_attributes(vm, key, attributes);
    Table::Entry* entry = table_->find(key);
    assert(entry);
    entry->property.attributes = attributes;
    return this;
}

void Shape::dictionary_remove(PropertyKey key) {
    Property removed = table_->remove(key);
    table_->free_slots.push_back(removed.slot);
    --property_count_;
}

Shape* Shape::with_removed_property(VM& vm, PropertyKey key) {
    if (is_dictionary_) {
        dictionary_remove(key);
        return this;
    }
    // Removing the most recently added property just goes back up the tree.
    if (key_ == key) return parent_;
    Shape* dictionary = to_dictionary(vm);
    dictionary->dictionary_remove(key);
    return dictionary;
}

Shape* Shape::with_prototype(VM& vm, JSObject* prototype) {
    if (prototype == prototype_) return this;
    if (is_dictionary_) {
        prototype_ = prototype;
        return this;
    }
    if (property_count_ == 0 && extensible_) return create_root(vm, prototype);
    if (property_count_ > kMaxPrototypeTransitionProperties) {
        Shape* dictionary = to_dictionary(vm);
        dictionary->prototype_ = prototype;
        return dictionary;
    }
    auto bits = reinterpret_cast<std::uint64_t>(prototype);
    if (Shape* existing = find_transition(TransitionKind::Prototype, bits, 0)) return existing;
    Shape* child = create_child(vm);
    child->prototype_ = prototype;
    add_transition(vm, TransitionKind::Prototype, bits, 0, child);
    return child;
}

Shape* Shape::with_extensible(VM& vm, bool extensible) {
    if (extensible == extensible_) return this;
    assert(!extensible && "objects never become extensible again");
    if (is_dictionary_) {
        extensible_ = false;
        return this;
    }
    if (Shape* existing = find_transition(TransitionKind::PreventExtensions, 0, 0)) return existing;
    Shape* child = create_child(vm);
    child->extensible_ = false;
    add_transition(vm, TransitionKind::PreventExtensions, 0, 0, child);
    return child;
}

Shape* Shape::to_dictionary(VM& vm) {
    if (is_dictionary_) return this;
    Shape* dictionary = vm.heap().allocate<Shape>(prototype_);
    dictionary->is_dictionary_ = true;
    dictionary->extensible_ = extensible_;
    dictionary->property_count_ = property_count_;
    dictionary->slot_count_ = slot_count_;
    auto* table = new Table;
    table->entries.reserve(property_count_);
    for_each_property([table](PropertyKey key, Property property) { table->insert(key, property); });
    dictionary->table_ = table;
    return dictionary;
}

ShapeCache::ShapeCache(Heap& heap)
    : heap_(heap), weak_callback_(heap.add_weak_callback([this](Heap& h) { sweep(h); })) {}

ShapeCache::~ShapeCache() {
    heap_.remove_weak_callback(weak_callback_);
}

Shape* ShapeCache::root_for(VM& vm, JSObject* prototype) {
    auto it = roots_.find(prototype);
    if (it != roots_.end()) return it->second;
    Shape* root = vm.heap().allocate<Shape>(prototype);
    roots_.emplace(prototype, root);
    return root;
}

void ShapeCache::register_transition_owner(Shape* shape) {
    transition_owners_.insert(shape);
}

void ShapeCache::sweep(Heap& heap) {
    std::erase_if(roots_, [&heap](const auto& entry) { return !heap.is_marked(entry.second); });
    std::erase_if(transition_owners_, [&heap](Shape* shape) { return !heap.is_marked(shape); });
    for (Shape* shape : transition_owners_) {
        Shape::Transitions* transitions = shape->transitions_;
        std::erase_if(transitions->list,
                      [&heap](const auto& entry) { return !heap.is_marked(entry.second); });
        std::erase_if(transitions->map, [&heap](const auto& entry) { return !heap.is_marked(entry.second); });
    }
}

} // namespace yjs
