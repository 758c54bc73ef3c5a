// util.inspect: the value formatter. The structure follows what Node prints: a value is a primitive, or an
// object shown as an optional *base* (function, error, date, boxed primitive...), opening brace with its
// prefix (constructor name, size, Symbol.toStringTag), entries (elements, map entries, properties) and a
// closing brace; inspect_layout.cpp decides how the entries are laid out.
#include "host/inspect_internal.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/promise.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/typed_array.h"
#include "vm/code_block.h"
#include "vm/js_function.h"
#include "vm/module_namespace.h"

#include <algorithm>

namespace yjs {

namespace {

// String(value): like ToString, but symbols give their descriptive string instead of throwing.
ThrowCompletionOr<std::u16string> string_of(VM& vm, Value value) {
    if (value.is_symbol()) return to_u16(value.as_symbol()->descriptive_string(vm));
    return to_u16(TRY(ToString(vm, value)));
}

std::u16string more_items(double remaining) {
    std::u16string text = u"... ";
    text += format_number(remaining);
    text += remaining > 1 ? u" more items" : u" more item";
    return text;
}

std::u16string empty_items(double count) {
    std::u16string text = u"<";
    text += format_number(count);
    text += count > 1 ? u" empty items>" : u" empty item>";
    return text;
}

bool has_key(const MarkedKeyVector& keys, PropertyKey key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void remove_key(MarkedKeyVector& keys, PropertyKey key) {
    auto& items = keys.items();
    items.erase(std::remove(items.begin(), items.end(), key), items.end());
}

} // namespace

ThrowCompletionOr<std::u16string> inspect(VM& vm, Value value, const InspectOptions& options) {
    Inspector inspector(vm, options);
    return inspector.format_value(value, 0);
}

ThrowCompletionOr<std::u16string> Inspector::format_value(Value value, int recurse_times) {
    if (!value.is_object()) return format_primitive(value);
    JSObject* object = value.as_object();
    if (object->is_proxy() && options_.show_proxy) return format_proxy(object, recurse_times);
    // Proxies are shown as their target, without running traps.
    while (object->is_proxy()) {
        object = object->proxy_target();
        if (!object) return std::u16string(u"<Revoked Proxy>");
    }
    for (Value seen : seen_) {
        if (seen.as_object() != object) continue;
        std::size_t index = 0;
        while (index < circular_.size() && circular_[index].as_object() != object)
            ++index;
        if (index == circular_.size()) circular_.push_back(object);
        std::u16string text = u"[Circular *";
        text += format_number(static_cast<double>(index + 1));
        text += u"]";
        return text;
    }
    TRY(vm_.check_native_stack());
    return format_object(object, recurse_times);
}

// showProxy: Proxy [ target, handler ], each formatted one level deeper.
ThrowCompletionOr<std::u16string> Inspector::format_proxy(JSObject* proxy, int recurse_times) {
    JSObject* target = proxy->proxy_target();
    if (!target) return std::u16string(u"<Revoked Proxy>");
    if (recurse_times > options_.depth) return std::u16string(u"Proxy [Array]");
    TRY(vm_.check_native_stack());
    ++recurse_times;
    indentation_ += 2;
    Output output;
    output.push_back(TRY(format_value(Value(target), recurse_times)));
    output.push_back(TRY(format_value(Value(static_cast<ProxyObject*>(proxy)->handler()), recurse_times)));
    indentation_ -= 2;
    return reduce_to_single_string(output, std::u16string(), u"Proxy [", u"]", EntryType::ArrayExtras,
                                   recurse_times, proxy);
}

ThrowCompletionOr<std::u16string> Inspector::format_primitive(Value value) {
    if (value.is_string()) return format_string(value.as_string());
    if (value.is_number()) return format_number(value.as_number());
    if (value.is_bigint()) return to_u16(TRY(ToString(vm_, value))) + u"n";
    if (value.is_boolean()) return std::u16string(value.as_boolean() ? u"true" : u"false");
    if (value.is_null()) return std::u16string(u"null");
    if (value.is_symbol()) return to_u16(value.as_symbol()->descriptive_string(vm_));
    return std::u16string(u"undefined");
}

ThrowCompletionOr<std::u16string> Inspector::format_string(JSString* string) {
    std::u16string text = to_u16(string);
    std::u16string trailer;
    if (text.size() > static_cast<std::size_t>(options_.max_string_length)) {
        double remaining = static_cast<double>(text.size() - options_.max_string_length);
        text.resize(options_.max_string_length);
        trailer =
            u"... " + format_number(remaining) + (remaining > 1 ? u" more characters" : u" more character");
    }
    // Long strings are split after each line break, one quoted piece per line joined with " +".
    constexpr std::size_t kMinLineWidth = 16;
    long available = static_cast<long>(options_.break_length) - indentation_ - 4;
    if (options_.compact > 0 && text.size() > kMinLineWidth && static_cast<long>(text.size()) > available) {
        std::u16string separator = u" +\n" + std::u16string(indentation_ + 2, u' ');
        std::u16string out;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t newline = text.find(u'\n', start);
            std::size_t end = newline == std::u16string::npos ? text.size() : newline + 1;
            if (start) out += separator;
            out += quote_string(std::u16string_view(text).substr(start, end - start));
            start = end;
        }
        return out + trailer;
    }
    return quote_string(text) + trailer;
}

ThrowCompletionOr<void> Inspector::own_keys(JSObject* object, MarkedKeyVector& keys, bool skip_indices) {
    MarkedKeyVector all(vm_.heap());
    TRY(object->internal_own_property_keys(vm_, all));
    // A namespace's string keys are its exports, all enumerable; asking would read (and could find
    // uninitialized) bindings.
    bool namespace_object = as_if<ModuleNamespaceObject>(object) != nullptr;
    for (PropertyKey key : all) {
        if (key.is_private() || (skip_indices && key.is_index())) continue;
        if (!options_.show_hidden && !(namespace_object && key.is_string())) {
            auto descriptor = TRY(object->internal_get_own_property(vm_, key));
            if (!descriptor || !descriptor->enumerable.value_or(false)) continue;
        }
        keys.push_back(key);
    }
    return {};
}

ThrowCompletionOr<std::optional<std::u16string>> Inspector::constructor_name(JSObject* object,
                                                                             int recurse_times) {
    // The name of the first "constructor" found on the prototype chain that is a named function the object
    // is an instance of.
    JSObject* first_prototype = nullptr;
    bool first = true;
    for (JSObject* current = object; current;) {
        auto descriptor = TRY(current->internal_get_own_property(vm_, vm_.names().constructor));
        if (descriptor && descriptor->value && IsCallable(*descriptor->value)) {
            Value name = TRY(descriptor->value->as_object()->get(vm_, vm_.names().name));
            if (!(name.is_string() && name.as_string()->is_empty())) {
                auto instance = InstanceofOperator(vm_, object, *descriptor->value);
                if (instance.is_error())
                    vm_.clear_exception();
                else if (instance.value())
                    return std::optional<std::u16string>(TRY(string_of(vm_, name)));
            }
        }
        current = TRY(current->internal_get_prototype_of(vm_));
        if (first) {
            first_prototype = current;
            first = false;
        }
    }
    if (!first_prototype) return std::optional<std::u16string>();
    // No usable constructor, but a prototype: "Object <prototype description>".
    std::u16string fallback = object->is_callable() ? u"Function" : object->is_array() ? u"Array" : u"Object";
    if (recurse_times > options_.depth)
        return std::optional<std::u16string>(fallback + u" <Complex prototype>");
    auto prototype_name = TRY(constructor_name(first_prototype, recurse_times + 1));
    if (prototype_name) return std::optional<std::u16string>(fallback + u" <" + *prototype_name + u">");
    InspectOptions shallow = options_;
    shallow.depth = -1;
    Inspector nested(vm_, shallow);
    std::u16string description = TRY(nested.format_value(first_prototype, 0));
    return std::optional<std::u16string>(fallback + u" <" + description + u">");
}

ThrowCompletionOr<std::u16string> Inspector::to_string_tag(JSObject* object) {
    PropertyKey key = PropertyKey::from_symbol(vm_.well_known_symbols().toStringTag);
    Value tag = TRY(object->get(vm_, key));
    if (!tag.is_string() || tag.as_string()->is_empty()) return std::u16string();
    // An own (enumerable, unless showing hidden properties) tag is listed with the properties instead.
    auto own = TRY(object->internal_get_own_property(vm_, key));
    if (own && (options_.show_hidden || own->enumerable.value_or(false))) return std::u16string();
    return to_u16(tag.as_string());
}

std::u16string Inspector::prefix(const std::optional<std::u16string>& constructor, const std::u16string& tag,
                                 std::u16string_view fallback, std::u16string_view size) {
    std::u16string text;
    if (!constructor) {
        text = u"[";
        text += fallback;
        text += size;
        text += u": null prototype] ";
        if (!tag.empty() && tag != fallback) text += u"[" + tag + u"] ";
        return text;
    }
    text = *constructor;
    text += size;
    text += u" ";
    if (!tag.empty() && tag != *constructor) text += u"[" + tag + u"] ";
    return text;
}

ThrowCompletionOr<std::u16string> Inspector::format_object(JSObject* object, int recurse_times) {
    MarkedKeyVector keys(vm_.heap());
    MarkedValueVector entries(vm_.heap());
    std::optional<std::u16string> constructor = TRY(constructor_name(object, recurse_times));
    std::u16string tag = TRY(to_string_tag(object));
    ObjectKind kind = classify_object(vm_, object);

    enum class Entries : std::uint8_t {
        None,
        Array,
        Set,
        Map,
        WeakCollection,
        Promise,
        TypedArray,
        ArrayBuffer,
        Namespace
    };
    Entries entry_kind = Entries::None;
    EntryType extras = EntryType::Object;
    std::u16string base;
    std::u16string open = u"{";
    std::u16string_view close = u"}";

    // Iterable built-ins (and objects without a constructor) get their element-list form.
    bool listed = false;
    Value iterator = TRY(object->get(vm_, PropertyKey::from_symbol(vm_.well_known_symbols().iterator)));
    if (ToBoolean(iterator) || !constructor) {
        if (kind == ObjectKind::Array) {
            double length = TRY(LengthOfArrayLike(vm_, object));
            std::u16string size = u"(" + format_number(length) + u")";
            std::u16string array_prefix = (constructor != std::u16string(u"Array") || !tag.empty())
                                              ? prefix(constructor, tag, u"Array", size)
                                              : std::u16string();
            TRY(own_keys(object, keys, true));
            open = array_prefix + u"[";
            close = u"]";
            if (length == 0 && keys.empty()) return open + u"]";
            extras = EntryType::ArrayExtras;
            entry_kind = Entries::Array;
            listed = true;
        } else if (kind == ObjectKind::Set || kind == ObjectKind::Map) {
            bool is_map = kind == ObjectKind::Map;
            double size = collection_size(object, kind);
            std::u16string collection_prefix =
                prefix(constructor, tag, is_map ? u"Map" : u"Set", u"(" + format_number(size) + u")");
            TRY(own_keys(object, keys, false));
            if (size == 0 && keys.empty()) return collection_prefix + u"{}";
            collection_entries(object, kind, entries);
            open = collection_prefix + u"{";
            entry_kind = is_map ? Entries::Map : Entries::Set;
            listed = true;
        } else if (kind == ObjectKind::TypedArray) {
            auto* typed_array = static_cast<TypedArrayObject*>(object);
            double length = static_cast<double>(typed_array->length());
            std::u16string name =
                ascii_to_u16(TypedArrayObject::element_type_name_with_array(typed_array->type()));
            TRY(own_keys(object, keys, true));
            open = prefix(constructor, tag, constructor ? u"" : name, u"(" + format_number(length) + u")") +
                   u"[";
            close = u"]";
            if (length == 0 && keys.empty()) return open + u"]";
            extras = EntryType::ArrayExtras;
            entry_kind = Entries::TypedArray;
            listed = true;
        }
    }
    if (!listed) {
        TRY(own_keys(object, keys, false));
        if (constructor == std::u16string(u"Object")) {
            if (kind == ObjectKind::Arguments)
                open = u"[Arguments] {";
            else if (!tag.empty())
                open = prefix(constructor, tag, u"Object") + u"{";
            if (keys.empty()) return open + u"}";
        } else if (kind == ObjectKind::Function) {
            base = TRY(function_base(object, constructor, tag));
            if (keys.empty()) return base;
        } else if (kind == ObjectKind::RegExp) {
            base = TRY(regexp_text(vm_, object));
            std::u16string regexp_prefix = prefix(constructor, tag, u"RegExp");
            if (regexp_prefix != u"RegExp ") base = regexp_prefix + base;
            if (keys.empty() || recurse_times > options_.depth) return base;
        } else if (kind == ObjectKind::Date) {
            base = date_text(object);
            std::u16string date_prefix = prefix(constructor, tag, u"Date");
            if (date_prefix != u"Date ") base = date_prefix + base;
            if (keys.empty()) return base;
        } else if (kind == ObjectKind::Error) {
            base = TRY(error_base(object, constructor, tag, keys));
            if (keys.empty()) return base;
        } else if (kind == ObjectKind::Promise) {
            open = prefix(constructor, tag, u"Promise") + u"{";
            entry_kind = Entries::Promise;
        } else if (kind == ObjectKind::WeakMap || kind == ObjectKind::WeakSet) {
            open = prefix(constructor, tag, kind == ObjectKind::WeakMap ? u"WeakMap" : u"WeakSet") + u"{";
            entry_kind = Entries::WeakCollection;
        } else if (kind == ObjectKind::ArrayBuffer) {
            bool shared = static_cast<ArrayBufferObject*>(object)->is_shared();
            open = prefix(constructor, tag, shared ? u"SharedArrayBuffer" : u"ArrayBuffer") + u"{";
            keys.items().insert(keys.items().begin(), PropertyKey::from_ascii(vm_, "byteLength"));
            entry_kind = Entries::ArrayBuffer;
        } else if (kind == ObjectKind::DataView) {
            open = prefix(constructor, tag, u"DataView") + u"{";
            PropertyKey view_keys[] = {PropertyKey::from_ascii(vm_, "byteLength"),
                                       PropertyKey::from_ascii(vm_, "byteOffset"),
                                       PropertyKey::from_ascii(vm_, "buffer")};
            keys.items().insert(keys.items().begin(), std::begin(view_keys), std::end(view_keys));
        } else if (kind == ObjectKind::ModuleNamespace) {
            // Node names a module namespace "[Module: null prototype]" (but "[Object: null prototype]
            // [Module]" when it is beyond the depth limit).
            open = prefix(constructor, tag, u"Module") + u"{";
            entry_kind = Entries::Namespace;
        } else if (kind == ObjectKind::BoxedPrimitive) {
            base = TRY(boxed_base(object, constructor, tag, keys));
            if (keys.empty()) return base;
        } else {
            if (keys.empty()) return prefix(constructor, tag, u"Object") + u"{}";
            open = prefix(constructor, tag, u"Object") + u"{";
        }
    }

    if (recurse_times > options_.depth) {
        std::u16string name = prefix(constructor, tag, u"Object");
        name.pop_back();
        if (constructor) name = u"[" + name + u"]";
        return name;
    }
    ++recurse_times;
    seen_.push_back(object);
    current_depth_ = recurse_times;
    Output output;
    switch (entry_kind) {
    case Entries::None:
        break;
    case Entries::Array:
        TRY(format_array(object, recurse_times, output));
        break;
    case Entries::Set:
        TRY(format_set_entries(entries, recurse_times, output));
        break;
    case Entries::Map:
        TRY(format_map_entries(entries, recurse_times, output));
        break;
    case Entries::WeakCollection:
        output.push_back(u"<items unknown>");
        break;
    case Entries::Promise:
        TRY(format_promise(static_cast<PromiseObject*>(object), recurse_times, output));
        break;
    case Entries::TypedArray:
        TRY(format_typed_array(object, output));
        break;
    case Entries::ArrayBuffer:
        format_array_buffer_contents(object, output);
        break;
    case Entries::Namespace:
        TRY(format_namespace(object, keys, recurse_times, output));
        keys.clear();
        break;
    }
    for (PropertyKey key : keys)
        output.push_back(TRY(format_property(object, recurse_times, key, extras)));
    seen_.pop_back();

    for (std::size_t i = 0; i < circular_.size(); ++i) {
        if (circular_[i].as_object() != object) continue;
        std::u16string reference = u"<ref *" + format_number(static_cast<double>(i + 1)) + u">";
        base = base.empty() ? reference : reference + u" " + base;
        break;
    }
    return reduce_to_single_string(output, base, open, close, extras, recurse_times, object);
}

ThrowCompletionOr<std::u16string> Inspector::format_property(JSObject* object, int recurse_times,
                                                             PropertyKey key, EntryType type) {
    auto own = TRY(object->internal_get_own_property(vm_, key));
    PropertyDescriptor descriptor;
    if (own) {
        descriptor = *own;
    } else {
        descriptor.value = TRY(object->get(vm_, key));
        descriptor.enumerable = true;
    }
    std::u16string text;
    if (descriptor.value && !descriptor.value->is_undefined()) {
        indentation_ += 2;
        text = TRY(format_value(*descriptor.value, recurse_times));
        indentation_ -= 2;
    } else if (descriptor.get && *descriptor.get) {
        text = descriptor.set && *descriptor.set ? u"[Getter/Setter]" : u"[Getter]";
    } else if (descriptor.set && *descriptor.set) {
        text = u"[Setter]";
    } else {
        text = u"undefined";
    }
    if (type == EntryType::ArrayElement) return text;
    return property_name(key, descriptor.enumerable.value_or(false)) + u": " + text;
}

std::u16string Inspector::property_name(PropertyKey key, bool enumerable) {
    if (key.is_symbol())
        return u"[" + escape_controls(to_u16(key.as_symbol()->descriptive_string(vm_))) + u"]";
    std::u16string key_text = to_u16(key.to_string(vm_));
    if (key_text == u"__proto__") return u"['__proto__']";
    if (!enumerable) return u"[" + escape_controls(key_text) + u"]";
    if (is_plain_key(key_text)) return key_text;
    return quote_string(key_text);
}

// A module namespace's exports; a binding not initialized yet (its module has not run that far) reads as a
// ReferenceError and is shown as <uninitialized>.
ThrowCompletionOr<void> Inspector::format_namespace(JSObject* object, const MarkedKeyVector& keys,
                                                    int recurse_times, Output& output) {
    for (PropertyKey key : keys) {
        auto entry = format_property(object, recurse_times, key, EntryType::Object);
        if (!entry.is_error()) {
            output.push_back(entry.release_value());
            continue;
        }
        Value exception = vm_.take_exception();
        if (!as_if<ErrorObject>(exception)) return vm_.throw_value(exception);
        Value name = TRY(exception.as_object()->get(vm_, vm_.names().name));
        if (!name.is_string() || to_u16(name.as_string()) != u"ReferenceError")
            return vm_.throw_value(exception);
        output.push_back(property_name(key, true) + u": <uninitialized>");
    }
    return {};
}

ThrowCompletionOr<void> Inspector::format_array(JSObject* array, int recurse_times, Output& output) {
    double length = TRY(LengthOfArrayLike(vm_, array));
    double limit = std::min<double>(std::max(0, options_.max_array_length), length);
    std::uint32_t index = 0;
    for (; index < limit; ++index) {
        PropertyKey key = PropertyKey::from_index(index);
        auto own = TRY(array->internal_get_own_property(vm_, key));
        if (!own) break;
        output.push_back(TRY(format_property(array, recurse_times, key, EntryType::ArrayElement)));
    }
    if (index == limit) {
        if (length > limit) output.push_back(more_items(length - limit));
        return {};
    }
    // A hole: walk the enumerable own keys from the position of the first hole, one entry per element
    // and one per run of holes.
    MarkedKeyVector keys(vm_.heap());
    {
        MarkedKeyVector all(vm_.heap());
        TRY(array->internal_own_property_keys(vm_, all));
        for (PropertyKey key : all) {
            if (!key.is_string()) continue;
            auto descriptor = TRY(array->internal_get_own_property(vm_, key));
            if (descriptor && descriptor->enumerable.value_or(false)) keys.push_back(key);
        }
    }
    std::size_t output_limit = static_cast<std::size_t>(limit);
    double next = index;
    for (std::size_t i = index; i < keys.size() && output.size() < output_limit; ++i) {
        PropertyKey key = keys[i];
        if (!key.is_index()) break;
        double position = key.as_index();
        if (position != next) {
            output.push_back(empty_items(position - next));
            next = position;
            if (output.size() == output_limit) break;
        }
        output.push_back(TRY(format_property(array, recurse_times, key, EntryType::ArrayElement)));
        next += 1;
    }
    double remaining = length - next;
    if (output.size() != output_limit) {
        if (remaining > 0) output.push_back(empty_items(remaining));
    } else if (remaining > 0) {
        output.push_back(more_items(remaining));
    }
    return {};
}

ThrowCompletionOr<void> Inspector::format_typed_array(JSObject* object, Output& output) {
    auto* typed_array = static_cast<TypedArrayObject*>(object);
    std::uint64_t length = typed_array->length();
    std::uint64_t shown = std::min<std::uint64_t>(std::max(0, options_.max_array_length), length);
    for (std::uint64_t i = 0; i < shown; ++i) {
        // Numbers, or BigInts (shown as 1n) for BigInt64Array and BigUint64Array.
        Value element = TRY(typed_array->get_element(vm_, static_cast<double>(i)));
        output.push_back(TRY(format_primitive(element)));
    }
    if (length > shown) output.push_back(more_items(static_cast<double>(length - shown)));
    return {};
}

void Inspector::format_array_buffer_contents(JSObject* object, Output& output) {
    auto* buffer = static_cast<ArrayBufferObject*>(object);
    if (buffer->is_detached()) {
        output.push_back(u"(detached)");
        return;
    }
    std::uint64_t length = buffer->byte_length();
    std::uint64_t shown = std::min<std::uint64_t>(std::max(0, options_.max_array_length), length);
    std::u16string text = u"[Uint8Contents]: <";
    constexpr char kHex[] = "0123456789abcdef";
    for (std::uint64_t i = 0; i < shown; ++i) {
        if (i) text += u' ';
        text += static_cast<char16_t>(kHex[buffer->data()[i] >> 4]);
        text += static_cast<char16_t>(kHex[buffer->data()[i] & 15]);
    }
    if (length > shown) {
        std::uint64_t remaining = length - shown;
        text += u" ... " + format_number(static_cast<double>(remaining)) +
                (remaining > 1 ? u" more bytes" : u" more byte");
    }
    output.push_back(text + u">");
}

ThrowCompletionOr<void> Inspector::format_set_entries(const MarkedValueVector& values, int recurse_times,
                                                      Output& output) {
    std::size_t shown = std::min<std::size_t>(std::max(0, options_.max_array_length), values.size());
    indentation_ += 2;
    for (std::size_t i = 0; i < shown; ++i)
        output.push_back(TRY(format_value(values[i], recurse_times)));
    indentation_ -= 2;
    if (values.size() > shown) output.push_back(more_items(static_cast<double>(values.size() - shown)));
    return {};
}

ThrowCompletionOr<void> Inspector::format_map_entries(const MarkedValueVector& pairs, int recurse_times,
                                                      Output& output) {
    std::size_t count = pairs.size() / 2;
    std::size_t shown = std::min<std::size_t>(std::max(0, options_.max_array_length), count);
    indentation_ += 2;
    for (std::size_t i = 0; i < shown; ++i) {
        std::u16string key = TRY(format_value(pairs[2 * i], recurse_times));
        std::u16string value = TRY(format_value(pairs[2 * i + 1], recurse_times));
        output.push_back(key + u" => " + value);
    }
    indentation_ -= 2;
    if (count > shown) output.push_back(more_items(static_cast<double>(count - shown)));
    return {};
}

ThrowCompletionOr<void> Inspector::format_promise(PromiseObject* promise, int recurse_times, Output& output) {
    if (promise->state() == PromiseState::Pending) {
        output.push_back(u"<pending>");
        return {};
    }
    indentation_ += 2;
    std::u16string result = TRY(format_value(promise->result(), recurse_times));
    indentation_ -= 2;
    output.push_back(promise->state() == PromiseState::Rejected ? u"<rejected> " + result : result);
    return {};
}

ThrowCompletionOr<std::u16string> Inspector::function_base(JSObject* function,
                                                           const std::optional<std::u16string>& constructor,
                                                           const std::u16string& tag) {
    JSFunction* js_function = as_if<JSFunction>(function);
    if (js_function && js_function->is_class_constructor()) {
        Value name = Value::undefined();
        if (TRY(function->has_own_property(vm_, vm_.names().name)))
            name = TRY(function->get(vm_, vm_.names().name));
        std::u16string text = u"class " + (ToBoolean(name) ? TRY(string_of(vm_, name)) : u"(anonymous)");
        if (constructor && *constructor != u"Function") text += u" [" + *constructor + u"]";
        if (!tag.empty() && constructor != tag) text += u" [" + tag + u"]";
        if (constructor) {
            JSObject* parent = TRY(function->internal_get_prototype_of(vm_));
            Value parent_name = parent ? TRY(parent->get(vm_, vm_.names().name)) : Value::undefined();
            if (ToBoolean(parent_name)) text += u" extends " + TRY(string_of(vm_, parent_name));
        } else {
            text += u" extends [null prototype]";
        }
        return u"[" + text + u"]";
    }
    std::u16string type = u"Function";
    if (js_function) {
        switch (js_function->code_block()->function_kind) {
        case FunctionKind::Normal:
            break;
        case FunctionKind::Generator:
            type = u"GeneratorFunction";
            break;
        case FunctionKind::Async:
            type = u"AsyncFunction";
            break;
        case FunctionKind::AsyncGenerator:
            type = u"AsyncGeneratorFunction";
            break;
        }
    }
    std::u16string text = u"[" + type;
    if (!constructor) text += u" (null prototype)";
    Value name = TRY(function->get(vm_, vm_.names().name));
    if (name.is_string() && name.as_string()->is_empty())
        text += u" (anonymous)";
    else
        text += u": " + TRY(string_of(vm_, name));
    text += u"]";
    if (constructor && *constructor != type) text += u" " + *constructor;
    if (!tag.empty() && constructor != tag) text += u" [" + tag + u"]";
    return text;
}

ThrowCompletionOr<std::u16string> Inspector::boxed_base(JSObject* object,
                                                        const std::optional<std::u16string>& constructor,
                                                        const std::u16string& tag, MarkedKeyVector& keys) {
    Value primitive = static_cast<PrimitiveWrapper*>(object)->primitive_value();
    std::u16string type;
    if (primitive.is_number())
        type = u"Number";
    else if (primitive.is_boolean())
        type = u"Boolean";
    else if (primitive.is_bigint())
        type = u"BigInt";
    else if (primitive.is_symbol())
        type = u"Symbol";
    else
        type = u"String";
    if (primitive.is_string()) {
        // The index properties of a String object are its characters, shown in the base.
        auto& items = keys.items();
        items.erase(items.begin(),
                    items.begin() + std::min<std::size_t>(items.size(), primitive.as_string()->length()));
    }
    std::u16string text = u"[" + type;
    if (constructor != type) text += constructor ? u" (" + *constructor + u")" : u" (null prototype)";
    text += u": " + TRY(format_primitive(primitive)) + u"]";
    if (!tag.empty() && constructor != tag) text += u" [" + tag + u"]";
    return text;
}

ThrowCompletionOr<std::u16string> Inspector::error_base(JSObject* error,
                                                        const std::optional<std::u16string>& constructor,
                                                        const std::u16string& tag, MarkedKeyVector& keys) {
    const CommonNames& names = vm_.names();
    Value name_value = TRY(error->get(vm_, names.name));
    std::u16string name = name_value.is_nullish() ? u"Error" : TRY(string_of(vm_, name_value));

    // The stack, or what Error.prototype.toString would give.
    std::u16string stack;
    Value stack_value = TRY(error->get(vm_, names.stack));
    if (ToBoolean(stack_value)) {
        stack = TRY(string_of(vm_, stack_value));
    } else {
        Value message_value = TRY(error->get(vm_, names.message));
        std::u16string message = message_value.is_undefined() ? u"" : TRY(string_of(vm_, message_value));
        std::u16string error_name = name_value.is_undefined() ? u"Error" : TRY(string_of(vm_, name_value));
        stack = error_name.empty() ? message : message.empty() ? error_name : error_name + u": " + message;
    }

    // Properties already visible in the stack are not listed again; cause and errors always are.
    if (!options_.show_hidden && !keys.empty()) {
        for (PropertyKey key : {names.name, names.message, names.stack}) {
            if (!has_key(keys, key)) continue;
            Value value = TRY(error->get(vm_, key));
            if (contains(stack, TRY(string_of(vm_, value)))) remove_key(keys, key);
        }
    }
    if (TRY(error->has_property(vm_, names.cause)) && (keys.empty() || !has_key(keys, names.cause)))
        keys.push_back(names.cause);
    Value errors = TRY(error->get(vm_, names.errors));
    if (TRY(IsArray(vm_, errors)) && (keys.empty() || !has_key(keys, names.errors)))
        keys.push_back(names.errors);

    // Make the first line name the class when the stack starts with a plain "...Error" name.
    std::size_t name_length = name.size();
    bool starts_with_name =
        stack.compare(0, name_length, name) == 0 &&
        (stack.size() == name_length || stack[name_length] == u':' || stack[name_length] == u'\n');
    bool ends_with_error = name.size() >= 5 && name.compare(name.size() - 5, 5, u"Error") == 0;
    if (!constructor || (ends_with_error && starts_with_name)) {
        std::u16string fallback = u"Error";
        if (!constructor) {
            // The leading "Name" of "Name: ..." / "Name\n    at", or a stack that is just "...Error".
            std::u16string found;
            auto in_class = [](char16_t c) {
                return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                       c == u'_' || c == u' ' || c == u'[' || c == u']' || c == u'(' || c == u')' ||
                       c == u'-';
            };
            if (!stack.empty() && stack[0] >= u'A' && stack[0] <= u'Z') {
                std::size_t end = 1;
                while (end < stack.size() && in_class(stack[end]))
                    ++end;
                bool followed = end < stack.size() && stack[end] == u':';
                if (!followed && end < stack.size() && stack[end] == u'\n') {
                    std::size_t after = end + 1;
                    while (after < stack.size() && (stack[after] == u' ' || stack[after] == u'\t' ||
                                                    stack[after] == u'\n' || stack[after] == u'\r'))
                        ++after;
                    followed = after > end + 1 && stack.compare(after, 2, u"at") == 0;
                }
                if (end > 1 && followed) found = stack.substr(0, end);
            }
            if (found.empty() && stack.size() >= 5 && stack.compare(stack.size() - 5, 5, u"Error") == 0 &&
                std::all_of(stack.begin(), stack.end(), [](char16_t c) {
                    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'_' || c == u'-';
                }))
                found = stack;
            name_length = found.size();
            fallback = found.empty() ? u"Error" : found;
        }
        std::u16string class_prefix = prefix(constructor, tag, fallback);
        class_prefix.pop_back();
        if (name != class_prefix) {
            if (contains(class_prefix, name)) {
                stack = name_length == 0 ? class_prefix + u": " + stack
                                         : class_prefix + stack.substr(name_length);
            } else {
                stack = class_prefix + u" [" + name + u"]" + stack.substr(name_length);
            }
        }
    }

    // Without a trace after the message, the error is wrapped in brackets.
    Value message_value = TRY(error->get(vm_, names.message));
    std::size_t search_from = 0;
    if (message_value.is_string() && !message_value.as_string()->is_empty()) {
        std::u16string message = to_u16(message_value.as_string());
        std::size_t position = stack.find(message);
        if (position != std::u16string::npos && position != 0) search_from = position + message.size();
    }
    if (stack.find(u"\n    at", search_from) == std::u16string::npos) stack = u"[" + stack + u"]";
    if (indentation_ != 0) {
        std::u16string indented;
        for (char16_t c : stack) {
            indented += c;
            if (c == u'\n') indented.append(indentation_, u' ');
        }
        stack = std::move(indented);
    }
    return stack;
}

} // namespace yjs
