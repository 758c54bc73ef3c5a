// AtomTable interning and weak sweeping, PropertyKey canonicalisation, Symbol descriptive strings.
#include "heap_test_util.h"
#include "runtime/property_key.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace yjs {
namespace {

using heap_test::collect_with_clean_stack;
using heap_test::kStaleSlack;

TEST(HeapAtoms, InterningGivesOneAtomPerContent) {
    VM vm;
    AtomTable& atoms = vm.atoms();
    JSString* from_ascii = atoms.atomize_ascii("length_of_it");
    EXPECT_TRUE(from_ascii->is_atom());
    EXPECT_EQ(atoms.atomize(u"length_of_it"), from_ascii);
    JSString* fresh = JSString::from_ascii(vm, "length_of_it");
    EXPECT_FALSE(fresh->is_atom());
    EXPECT_EQ(atoms.atomize(fresh), from_ascii);
    EXPECT_FALSE(fresh->is_atom());
    EXPECT_EQ(atoms.atomize(from_ascii), from_ascii);

    JSString* wide = atoms.atomize(u"\u2603-key");
    EXPECT_FALSE(wide->is_8bit());
    EXPECT_EQ(atoms.atomize(JSString::create(vm, u"\u2603-key")), wide);
    EXPECT_EQ(atoms.atomize(u""), vm.atoms().empty_string());
    EXPECT_EQ(atoms.atomize_ascii("q"), JSString::from_code_unit(vm, u'q'));
}

TEST(HeapAtoms, AtomizingANewStringMakesItTheAtom) {
    VM vm;
    JSString* rope = JSString::concat(vm, JSString::from_ascii(vm, "a_rather_long_property_name_"),
                                      JSString::from_ascii(vm, "that_needs_a_rope"));
    ASSERT_TRUE(rope->is_rope());
    JSString* atom = vm.atoms().atomize(rope);
    EXPECT_EQ(atom, rope);
    EXPECT_TRUE(rope->is_atom());
    EXPECT_FALSE(rope->is_rope());
    EXPECT_EQ(vm.atoms().atomize_ascii("a_rather_long_property_name_that_needs_a_rope"), rope);
}

TEST(HeapAtoms, ManyAtomsStayDistinctAndFindable) {
    VM vm;
    auto keep = std::make_unique<MarkedValueVector>(vm.heap());
    for (int i = 0; i < 20000; ++i) keep->push_back(Value(vm.atoms().atomize_ascii("key" + std::to_string(i))));
    collect_with_clean_stack(vm.heap());
    for (int i = 0; i < 20000; ++i)
        ASSERT_EQ(vm.atoms().atomize_ascii("key" + std::to_string(i)), (*keep)[i].as_string());
}

[[gnu::noinline]] void make_unreferenced_atoms(VM& vm, int count) {
    for (int i = 0; i < count; ++i) vm.atoms().atomize_ascii("transient_atom_" + std::to_string(i));
}

TEST(HeapAtoms, UnreachableAtomsAreDropped) {
    VM vm;
    auto kept = std::make_unique<Root<JSString*>>(vm.heap(), vm.atoms().atomize_ascii("kept_atom"));
    std::size_t before = vm.atoms().size();
    make_unreferenced_atoms(vm, 1000);
    EXPECT_EQ(vm.atoms().size(), before + 1000);
    collect_with_clean_stack(vm.heap());
    EXPECT_LE(vm.atoms().size(), before + kStaleSlack);
    // A dropped atom's content can be atomized again: the new string becomes the atom.
    int reinterned = 0;
    for (int i = 0; i < 1000; ++i) {
        JSString* fresh = JSString::from_ascii(vm, "transient_atom_" + std::to_string(i));
        reinterned += vm.atoms().atomize(fresh) == fresh;
    }
    EXPECT_GE(reinterned, 1000 - kStaleSlack);
    EXPECT_EQ(vm.atoms().atomize_ascii("kept_atom"), kept->get());
}

TEST(HeapPropertyKey, StringsCanonicaliseToIndicesOrAtoms) {
    VM vm;
    PropertyKey twelve = PropertyKey::from_ascii(vm, "12");
    EXPECT_TRUE(twelve.is_index());
    EXPECT_EQ(twelve.as_index(), 12u);
    EXPECT_EQ(PropertyKey::from_string(vm, JSString::from_ascii(vm, "12")), twelve);
    EXPECT_EQ(PropertyKey::from_string(vm, std::u16string_view(u"12")), twelve);
    EXPECT_EQ(PropertyKey::from_value(vm, Value(12.0)), twelve);
    EXPECT_EQ(PropertyKey::from_value(vm, Value(JSString::from_ascii(vm, "12"))), twelve);
    EXPECT_TRUE(PropertyKey::from_value(vm, Value(-0.0)).is_index());
    EXPECT_EQ(PropertyKey::from_value(vm, Value(4294967294.0)).as_index(), 4294967294u);

    PropertyKey max_index = PropertyKey::from_ascii(vm, "4294967294");
    EXPECT_TRUE(max_index.is_index());
    EXPECT_EQ(max_index.as_index(), 4294967294u);
    for (const char* text : {"4294967295", "012", "-1", "1.0", "", "length"}) {
        PropertyKey key = PropertyKey::from_ascii(vm, text);
        EXPECT_TRUE(key.is_atom()) << text;
        EXPECT_TRUE(key.is_string()) << text;
        EXPECT_EQ(key.as_atom()->to_utf8(), text);
        EXPECT_EQ(PropertyKey::from_string(vm, JSString::from_ascii(vm, text)), key) << text;
    }
    PropertyKey wide = PropertyKey::from_string(vm, std::u16string_view(u"\u00e9t\u00e9"));
    EXPECT_TRUE(wide.is_atom());
    EXPECT_EQ(PropertyKey::from_string(vm, JSString::from_utf8(vm, "\xc3\xa9t\xc3\xa9")), wide);
}

TEST(HeapPropertyKey, ConvertsBackToValues) {
    VM vm;
    PropertyKey index = PropertyKey::from_index(4294967294u);
    JSString* index_string = index.to_string(vm);
    EXPECT_EQ(index_string->to_utf8(), "4294967294");
    EXPECT_TRUE(index.to_value(vm).is_string());
    EXPECT_EQ(PropertyKey::from_index(0).to_string(vm)->to_utf8(), "0");
    EXPECT_EQ(PropertyKey::from_index(90).to_string(vm)->to_utf8(), "90");

    PropertyKey name = PropertyKey::from_ascii(vm, "name");
    EXPECT_EQ(name.to_string(vm), name.as_atom());
    EXPECT_EQ(name.to_value(vm).as_string(), name.as_atom());

    auto* symbol = vm.heap().allocate<Symbol>(JSString::from_ascii(vm, "tag"));
    PropertyKey symbol_key = PropertyKey::from_value(vm, Value(symbol));
    EXPECT_TRUE(symbol_key.is_symbol());
    EXPECT_FALSE(symbol_key.is_string());
    EXPECT_EQ(symbol_key.as_symbol(), symbol);
    EXPECT_EQ(symbol_key.to_value(vm).as_symbol(), symbol);
    EXPECT_FALSE(symbol_key.is_private());
}

TEST(HeapPropertyKey, KeysInMarkedVectorsKeepAtomsAlive) {
    VM vm;
    auto keys = std::make_unique<MarkedVector<PropertyKey>>(vm.heap());
    [&]() __attribute__((noinline)) {
        for (int i = 0; i < 100; ++i) keys->push_back(PropertyKey::from_ascii(vm, "kept_key_" + std::to_string(i)));
    }();
    std::size_t before = vm.atoms().size();
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(vm.atoms().size(), before);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(PropertyKey::from_ascii(vm, "kept_key_" + std::to_string(i)), (*keys)[i]);
}

TEST(HeapSymbol, DescriptiveString) {
    VM vm;
    auto* described = vm.heap().allocate<Symbol>(JSString::from_ascii(vm, "desc"));
    EXPECT_EQ(described->descriptive_string(vm)->to_utf8(), "Symbol(desc)");
    auto* undescribed = vm.heap().allocate<Symbol>(nullptr);
    EXPECT_EQ(undescribed->descriptive_string(vm)->to_utf8(), "Symbol()");
    auto* empty = vm.heap().allocate<Symbol>(JSString::from_ascii(vm, ""));
    EXPECT_EQ(empty->descriptive_string(vm)->to_utf8(), "Symbol()");
    auto* wide = vm.heap().allocate<Symbol>(JSString::create(vm, u"\u2603 and a long description for a rope"));
    EXPECT_EQ(wide->descriptive_string(vm)->to_u16string(), u"Symbol(\u2603 and a long description for a rope)");
}

} // namespace
} // namespace yjs
