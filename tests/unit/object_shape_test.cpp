// Shapes: transition sharing, lookup, dictionary mode, prototype and extensibility transitions.
#include "object_test_util.h"

#include <string>
#include <vector>

namespace yjs::object_test {
namespace {

using ShapeTest = ObjectTest;

std::vector<std::string> shape_keys(VM& vm, Shape* shape) {
    std::vector<std::string> keys;
    shape->for_each_property(
        [&](PropertyKey key, Shape::Property) { keys.push_back(key.to_string(vm)->to_utf8()); });
    return keys;
}

TEST_F(ShapeTest, RootShapeIsSharedPerPrototype) {
    JSObject* a = new_object();
    JSObject* b = new_object();
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(a->shape(), Shape::create_root(vm, object_prototype()));
    JSObject* c = JSObject::create(vm, nullptr);
    EXPECT_NE(a->shape(), c->shape());
    EXPECT_EQ(c->prototype(), nullptr);
    EXPECT_TRUE(a->shape()->extensible());
}

TEST_F(ShapeTest, ObjectsBuiltAlikeShareShapes) {
    JSObject* a = new_object();
    JSObject* b = new_object();
    for (JSObject* o : {a, b}) {
        must(o->create_data_property(vm, key("x"), Value(1.0)));
        must(o->create_data_property(vm, key("y"), Value(2.0)));
    }
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_TRUE(a->shape()->is_cacheable());
    EXPECT_EQ(a->shape()->property_count(), 2u);
    auto x = a->shape()->lookup(key("x"));
    auto y = a->shape()->lookup(key("y"));
    ASSERT_TRUE(x && y);
    EXPECT_EQ(x->slot, 0u);
    EXPECT_EQ(y->slot, 1u);
    EXPECT_EQ(x->attributes, kDefaultDataAttributes);
    EXPECT_FALSE(a->shape()->lookup(key("z")));

    // Different order or attributes give different shapes.
    JSObject* c = new_object();
    must(c->create_data_property(vm, key("y"), Value(2.0)));
    must(c->create_data_property(vm, key("x"), Value(1.0)));
    EXPECT_NE(a->shape(), c->shape());
    JSObject* d = new_object();
    d->define_direct_property(vm, key("x"), Value(1.0), kWritable);
    EXPECT_NE(a->shape()->lookup(key("x"))->attributes, d->shape()->lookup(key("x"))->attributes);
}

TEST_F(ShapeTest, LargeShapesUseTablesAndTurnIntoDictionaries) {
    JSObject* o = new_object();
    for (int i = 0; i < 40; ++i)
        must(o->create_data_property(vm, key("p" + std::to_string(i)), Value(double(i))));
    EXPECT_FALSE(o->shape()->is_dictionary());
    for (int i = 0; i < 40; ++i) {
        auto p = o->shape()->lookup(key("p" + std::to_string(i)));
        ASSERT_TRUE(p);
        EXPECT_EQ(p->slot, unsigned(i));
        EXPECT_EQ(o->slots()[p->slot].as_number(), i);
    }
    // A second object following the same path reuses every shape (and the table moves along).
    JSObject* twin = new_object();
    for (int i = 0; i < 40; ++i)
        must(twin->create_data_property(vm, key("p" + std::to_string(i)), Value(0.0)));
    EXPECT_EQ(o->shape(), twin->shape());

    for (int i = 40; i < 200; ++i)
        must(o->create_data_property(vm, key("p" + std::to_string(i)), Value(double(i))));
    EXPECT_TRUE(o->shape()->is_dictionary());
    EXPECT_FALSE(o->shape()->is_cacheable());
    EXPECT_EQ(o->shape()->property_count(), 200u);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(must(o->get(vm, key("p" + std::to_string(i)))).as_number(), i) << i;
    auto keys = shape_keys(vm, o->shape());
    ASSERT_EQ(keys.size(), 200u);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(keys[i], "p" + std::to_string(i));
}

// Global loads and stores are cached against the global object's shape, which a dictionary never matches:
// the built-ins alone must leave the global object a tree shape, with room for a script's own globals.
TEST_F(ShapeTest, TheGlobalObjectOfANewRealmIsCacheable) {
    JSObject* global = realm.global_object();
    ASSERT_TRUE(global);
    EXPECT_TRUE(global->shape()->is_cacheable());
    for (int i = 0; i < 32; ++i)
        must(global->create_data_property(vm, key("script_global" + std::to_string(i)), Value(double(i))));
    EXPECT_TRUE(global->shape()->is_cacheable());
}

TEST_F(ShapeTest, DeletingTheLastPropertyGoesBackUpTheTree) {
    JSObject* o = new_object();
    must(o->create_data_property(vm, key("a"), Value(1.0)));
    Shape* after_a = o->shape();
    must(o->create_data_property(vm, key("b"), Value(2.0)));
    EXPECT_TRUE(must(o->internal_delete(vm, key("b"))));
    EXPECT_EQ(o->shape(), after_a);
    EXPECT_FALSE(o->shape()->is_dictionary());
    EXPECT_TRUE(must(o->get(vm, key("b"))).is_undefined());
}

TEST_F(ShapeTest, DeletingInTheMiddleMakesADictionaryKeepingOrder) {
    JSObject* o = new_object();
    for (const char* name : {"a", "b", "c", "d"})
        must(o->create_data_property(vm, key(name), str(name)));
    Shape* shared = o->shape();
    EXPECT_TRUE(must(o->internal_delete(vm, key("b"))));
    EXPECT_TRUE(o->shape()->is_dictionary());
    EXPECT_NE(o->shape(), shared);
    EXPECT_EQ(shape_keys(vm, o->shape()), (std::vector<std::string>{"a", "c", "d"}));
    // Re-adding appends at the end and reuses the freed slot.
    must(o->create_data_property(vm, key("b"), str("B")));
    EXPECT_EQ(shape_keys(vm, o->shape()), (std::vector<std::string>{"a", "c", "d", "b"}));
    EXPECT_EQ(o->shape()->slot_count(), 4u);
    EXPECT_EQ(utf8(must(o->get(vm, key("b")))), "B");
    EXPECT_EQ(utf8(must(o->get(vm, key("c")))), "c");
    // Other objects with the shared shape are unaffected.
    JSObject* other = new_object();
    for (const char* name : {"a", "b", "c", "d"})
        must(other->create_data_property(vm, key(name), str(name)));
    EXPECT_EQ(other->shape(), shared);
    EXPECT_EQ(shape_keys(vm, shared), (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST_F(ShapeTest, ManyDeletionsCompactTheDictionaryOrder) {
    JSObject* o = new_object();
    for (int i = 0; i < 50; ++i)
        must(o->create_data_property(vm, key("k" + std::to_string(i)), Value(double(i))));
    for (int i = 0; i < 50; i += 2)
        EXPECT_TRUE(must(o->internal_delete(vm, key("k" + std::to_string(i)))));
    for (int i = 0; i < 10; ++i)
        must(o->create_data_property(vm, key("n" + std::to_string(i)), Value(100.0 + i)));
    auto keys = shape_keys(vm, o->shape());
    ASSERT_EQ(keys.size(), 35u);
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(keys[i], "k" + std::to_string(2 * i + 1));
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(keys[25 + i], "n" + std::to_string(i));
    for (int i = 1; i < 50; i += 2)
        EXPECT_EQ(must(o->get(vm, key("k" + std::to_string(i)))).as_number(), i);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(must(o->get(vm, key("n" + std::to_string(i)))).as_number(), 100 + i);
    EXPECT_LE(o->shape()->slot_count(), 50u);
}

TEST_F(ShapeTest, AttributeChangesMakeADictionary) {
    JSObject* o = new_object();
    must(o->create_data_property(vm, key("a"), Value(1.0)));
    must(o->create_data_property(vm, key("b"), Value(2.0)));
    PropertyDescriptor read_only;
    read_only.writable = false;
    EXPECT_TRUE(must(o->internal_define_own_property(vm, key("a"), read_only)));
    EXPECT_TRUE(o->shape()->is_dictionary());
    EXPECT_EQ(o->shape()->lookup(key("a"))->attributes, kEnumerable | kConfigurable);
    EXPECT_EQ(must(o->get(vm, key("a"))).as_number(), 1);
    EXPECT_EQ(shape_keys(vm, o->shape()), (std::vector<std::string>{"a", "b"}));
}

TEST_F(ShapeTest, PrototypeTransitionsAreCached) {
    JSObject* proto = new_object();
    JSObject* a = new_object();
    JSObject* b = new_object();
    for (JSObject* o : {a, b}) {
        must(o->create_data_property(vm, key("x"), Value(1.0)));
        EXPECT_TRUE(must(o->internal_set_prototype_of(vm, proto)));
    }
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(a->prototype(), proto);
    EXPECT_EQ(must(a->get(vm, key("x"))).as_number(), 1);
    // Empty objects go straight to the root shape of the new prototype.
    JSObject* empty = new_object();
    EXPECT_TRUE(must(empty->internal_set_prototype_of(vm, proto)));
    EXPECT_EQ(empty->shape(), Shape::create_root(vm, proto));
    // Big objects become dictionaries instead.
    JSObject* big = new_object();
    for (int i = 0; i < 20; ++i)
        must(big->create_data_property(vm, key("b" + std::to_string(i)), Value(1.0)));
    EXPECT_TRUE(must(big->internal_set_prototype_of(vm, proto)));
    EXPECT_TRUE(big->shape()->is_dictionary());
    EXPECT_EQ(big->prototype(), proto);
}

TEST_F(ShapeTest, PreventExtensionsTransition) {
    JSObject* a = new_object();
    JSObject* b = new_object();
    for (JSObject* o : {a, b}) {
        must(o->create_data_property(vm, key("x"), Value(1.0)));
        EXPECT_TRUE(must(o->internal_prevent_extensions(vm)));
        EXPECT_FALSE(must(o->internal_is_extensible(vm)));
    }
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_FALSE(a->shape()->is_dictionary());
    EXPECT_FALSE(must(a->create_data_property(vm, key("y"), Value(2.0))));
    EXPECT_FALSE(must(a->internal_set_prototype_of(vm, nullptr)));
    // The existing property stays writable.
    must(a->set(vm, key("x"), Value(5.0), true));
    EXPECT_EQ(must(a->get(vm, key("x"))).as_number(), 5);
}

TEST_F(ShapeTest, CachedTransitionsAndPrecomputedShapes) {
    JSObject* a = new_object();
    must(a->create_data_property(vm, key("x"), Value(1.0)));
    must(a->create_data_property(vm, key("y"), Value(2.0)));
    // What an inline cache does on an add-property hit.
    JSObject* b = new_object();
    for (const char* name : {"x", "y"}) {
        std::uint32_t slot = 99;
        Shape* next = b->shape()->with_added_property(vm, key(name), kDefaultDataAttributes, &slot);
        b->add_property_with_transition(next, slot, str(name));
    }
    EXPECT_EQ(b->shape(), a->shape());
    EXPECT_EQ(utf8(must(b->get(vm, key("y")))), "y");
    EXPECT_EQ(own_keys(b), (std::vector<std::string>{"x", "y"}));
    // Object literals: an object created directly with the final shape.
    JSObject* literal = JSObject::create_with_shape(vm, a->shape());
    EXPECT_TRUE(literal->has_ordinary_lookup() && literal->has_ordinary_update());
    EXPECT_TRUE(must(literal->get(vm, key("x"))).is_undefined());
    literal->slots()[1] = Value(9.0);
    EXPECT_EQ(must(literal->get(vm, key("y"))).as_number(), 9);
    must(literal->create_data_property(vm, key("z"), Value(3.0)));
    EXPECT_EQ(must(literal->get(vm, key("z"))).as_number(), 3);
}

TEST_F(ShapeTest, UnusedShapesAreCollected) {
    // Build and drop many distinct shapes, collect, and check the object model still works afterwards.
    auto build = [this](int round) {
        for (int i = 0; i < 200; ++i) {
            JSObject* o = new_object();
            must(o->create_data_property(vm, key("r" + std::to_string(round) + "_" + std::to_string(i)),
                                         Value(1.0)));
        }
    };
    build(1);
    vm.heap().collect_garbage();
    build(2);
    vm.heap().collect_garbage();
    JSObject* o = new_object();
    must(o->create_data_property(vm, key("r1_5"), Value(7.0)));
    must(o->create_data_property(vm, key("after"), Value(8.0)));
    vm.heap().collect_garbage();
    EXPECT_EQ(must(o->get(vm, key("r1_5"))).as_number(), 7);
    EXPECT_EQ(must(o->get(vm, key("after"))).as_number(), 8);
    JSObject* twin = new_object();
    must(twin->create_data_property(vm, key("r1_5"), Value(0.0)));
    must(twin->create_data_property(vm, key("after"), Value(0.0)));
    EXPECT_EQ(o->shape(), twin->shape());
}

} // namespace
} // namespace yjs::object_test
