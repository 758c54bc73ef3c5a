#pragma once
// Shape (hidden class): the layout of an object's named properties, plus its prototype and extensibility.
//
// Objects created the same way share shapes through a transition tree: adding property P with attributes
// A to an object of shape S moves it to S's child for (P, A), created on first use. Shapes in the tree are
// immutable, so an inline cache keyed on a Shape pointer stays valid. Objects that delete properties,
// change attributes or grow very large switch to a private *dictionary* shape that is mutated in place;
// dictionary shapes are never cached by inline caches (is_cacheable() is false).
//
// Slot numbering: in a tree shape the n-th property added (in creation order) lives in slot n. A dictionary
// shape keeps the slots the object already had and reuses freed slots for new properties. Transitions to
// children are weak (a child dies when no object or descendant uses it); a child keeps its parent alive.
#include "heap/cell.h"
#include "runtime/property.h"
#include "runtime/property_key.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace yjs {

class VM;
class Heap;
class JSObject;

class Shape final : public Cell {
public:
    struct Property {
        std::uint32_t slot;
        PropertyAttributes attributes;
    };

    // The empty, extensible root shape for `prototype` (may be null); shared by every object created with
    // that prototype, so it is cached per prototype.
    static Shape* create_root(VM&, JSObject* prototype);

    std::optional<Property> lookup(PropertyKey) const;
    // Transitions (return the new shape; `this` is unchanged unless it is a dictionary). `slot`, when given,
    // receives the slot of the added property.
    Shape* with_added_property(VM&, PropertyKey, PropertyAttributes, std::uint32_t* slot = nullptr);
    Shape* with_changed_attributes(VM&, PropertyKey, PropertyAttributes);
    Shape* with_removed_property(VM&, PropertyKey);
    Shape* with_prototype(VM&, JSObject* prototype);
    Shape* with_extensible(VM&, bool);
    Shape* to_dictionary(VM&);

    JSObject* prototype() const { return prototype_; }
    bool extensible() const { return extensible_; }
    bool is_dictionary() const { return is_dictionary_; }
    bool is_cacheable() const { return !is_dictionary_; }
    std::uint32_t property_count() const { return property_count_; }
    // Slots needed by objects of this shape.
    std::uint32_t slot_count() const { return slot_count_; }
    // Keys in property-creation order (the order OrdinaryOwnPropertyKeys needs for strings and symbols).
    void for_each_property(const std::function<void(PropertyKey, Property)>&) const;

    const char* class_name() const override { return "Shape"; }
    void visit_edges(Visitor&) override;
    ~Shape() override;

    Shape(JSObject* prototype);

private:
    friend class ShapeCache;
    struct Table;
    struct Transitions;
    enum class TransitionKind : std::uint8_t { AddProperty, Prototype, PreventExtensions };

    Table* table() const; // builds the lookup table lazily
    bool adds_property() const { return key_.is_valid(); }
    Shape* find_transition(TransitionKind, std::uint64_t key, PropertyAttributes) const;
    void add_transition(VM&, TransitionKind, std::uint64_t key, PropertyAttributes, Shape* target);
    Shape* create_child(VM&) const;
    void dictionary_remove(PropertyKey);

    Shape* parent_ = nullptr;
    PropertyKey key_;                 // the property this transition added (invalid for other transitions)
    PropertyAttributes attributes_ = 0;
    JSObject* prototype_;
    bool extensible_ = true;
    bool is_dictionary_ = false;
    std::uint32_t property_count_ = 0;
    std::uint32_t slot_count_ = 0;
    mutable Table* table_ = nullptr;
    Transitions* transitions_ = nullptr;
};

// Per-VM shape bookkeeping: the root shape of each prototype and the set of shapes that own transitions.
// Both are weak; a heap weak callback drops entries whose shapes die.
class ShapeCache {
public:
    explicit ShapeCache(Heap&);
    ~ShapeCache();
    ShapeCache(const ShapeCache&) = delete;
    ShapeCache& operator=(const ShapeCache&) = delete;

    Shape* root_for(VM&, JSObject* prototype);
    void register_transition_owner(Shape*);

private:
    void sweep(Heap&);
    Heap& heap_;
    std::size_t weak_callback_;
    std::unordered_map<JSObject*, Shape*> roots_;
    std::unordered_set<Shape*> transition_owners_;
};

} // namespace yjs
