#pragma once
// Shared fixture for the object-model unit tests: a VM with one realm, and small helpers.
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace yjs::object_test {

class ObjectTest : public ::testing::Test {
protected:
    ObjectTest() : realm(*vm.create_realm()) {
        // The built-in library installs %Array.prototype%; these tests only need it to exist.
        if (!realm.intrinsic(Intrinsic::ArrayPrototype))
            realm.set_intrinsic(Intrinsic::ArrayPrototype, JSArray::create(vm, 0, object_prototype()));
    }

    JSObject* object_prototype() { return realm.intrinsic(Intrinsic::ObjectPrototype); }
    JSObject* new_object() { return JSObject::create(vm, object_prototype()); }
    PropertyKey key(std::string_view name) { return PropertyKey::from_ascii(vm, name); }
    JSString* string(std::string_view text) { return JSString::from_utf8(vm, text); }
    Value str(std::string_view text) { return Value(string(text)); }
    std::string utf8(Value value) { return value.as_string()->to_utf8(); }

    // Unwraps a completion that must be normal.
    template <typename T> T must(ThrowCompletionOr<T> completion) {
        EXPECT_FALSE(completion.is_throw_completion()) << pending_exception_text();
        return completion.release_value();
    }
    void must(ThrowCompletionOr<void> completion) {
        EXPECT_FALSE(completion.is_throw_completion()) << pending_exception_text();
    }
    // The pending exception's "message" property (clearing it); "" when there is none.
    template <typename T> std::string thrown_message(ThrowCompletionOr<T> completion) {
        EXPECT_TRUE(completion.is_throw_completion());
        if (!completion.is_throw_completion()) return "";
        Value exception = vm.take_exception();
        if (!exception.is_object()) return "<non-object>";
        auto message = exception.as_object()->lookup_own_storage(vm.names().message);
        return message && message->value.is_string() ? message->value.as_string()->to_utf8() : "";
    }
    std::string pending_exception_text() {
        if (!vm.has_exception()) return "";
        Value exception = vm.exception();
        if (exception.is_object()) {
            auto message = exception.as_object()->lookup_own_storage(vm.names().message);
            if (message && message->value.is_string()) return message->value.as_string()->to_utf8();
        }
        return describe_value(exception);
    }
    std::vector<std::string> own_keys(JSObject* object) {
        MarkedKeyVector keys(vm.heap());
        must(object->internal_own_property_keys(vm, keys));
        std::vector<std::string> result;
        for (PropertyKey k : keys) {
            if (k.is_symbol())
                result.push_back("@" + k.as_symbol()->description()->to_utf8());
            else
                result.push_back(k.to_string(vm)->to_utf8());
        }
        return result;
    }

    VM vm;
    Realm& realm;
};

} // namespace yjs::object_test
