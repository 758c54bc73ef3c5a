#pragma once
// Shape (hidden class): the layout of an object's named properties, plus its prototype and extensibility.
//
// Objects created the same way share shapes through a transition tree: adding property P with attributes
// A to an object of shape S moves it to S's child for (P, A), created on first use. Shapes in the tree are
// immutable, so an inline cache keyed on a Shape pointer stays valid. Objects that delete properties,
// change attributes or grow very large switch to a private *dictionary* shape that is mutated in place;
// dictionary shapes are never cached by inline caches (is_cacheable() is false).
#include "heap/cell.h"
#include "runtime/property.h"
#include "runtime/property_key.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace yjs {

class VM;
class JSObject;

class Shape final : public Cell {
public:
    struct Property {
        std::uint32_t slot;
        PropertyAttributes attributes;
    };

    static Shape* create_root(VM&, JSObject* prototype);

    std::optional<Property> lookup(PropertyKey) const;
    // Transitions (return the new shape; `this` is unchanged unless it is a dictionary).
    Shape* with_added_property(VM&, PropertyKey, PropertyAttributes);
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
    struct Table;
    Table* table() const; // builds the lookup table lazily

    Shape* parent_ = nullptr;
    PropertyKey key_;                 // the property this transition added
    PropertyAttributes attributes_ = 0;
    JSObject* prototype_;
    bool extensible_ = true;
    bool is_dictionary_ = false;
    std::uint32_t property_count_ = 0;
    std::uint32_t slot_count_ = 0;
    mutable Table* table_ = nullptr;
    struct Transitions;
    Transitions* transitions_ = nullptr;
};

} // namespace yjs
