#include "host/module_loader.h"

#include "builtins/json.h"
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/module.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace yjs {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The path of a file:// URL (percent-decoded), or nullopt when it is not a local file URL.
std::optional<std::string> path_from_file_url(std::string_view url) {
    std::string_view rest = url.substr(std::strlen("file://"));
    if (starts_with(rest, "localhost/")) rest.remove_prefix(std::strlen("localhost"));
    if (!starts_with(rest, "/")) return std::nullopt;
    std::string path;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '?' || rest[i] == '#') break;
        if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 &&
            hex_value(rest[i + 2]) >= 0) {
            path += static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
            i += 2;
        } else {
            path += rest[i];
        }
    }
    return path;
}

std::string current_directory() {
    char buffer[PATH_MAX];
    return getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string(".");
}

// The directory the relative specifiers of the script or module at `url` are resolved against.
std::string base_directory(const std::string& url) {
    if (url.empty() || url[0] == '[' || url[0] == '<') return current_directory() + "/";
    std::string path = url[0] == '/' ? url : current_directory() + "/" + url;
    return path.substr(0, path.rfind('/') + 1);
}

std::optional<std::string> read_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return std::nullopt;
    std::string contents;
    char buffer[65536];
    while (std::size_t count = std::fread(buffer, 1, sizeof buffer, file))
        contents.append(buffer, count);
    bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) return std::nullopt;
    return contents;
}

} // namespace

std::string file_url_from_path(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (char c : path) {
        auto byte = static_cast<unsigned char>(c);
        bool plain = std::isalnum(byte) || std::strchr("/-._~!$&'()*+,;=:@", c);
        if (plain && byte < 0x80) {
            url += c;
        } else {
            url += '%';
            url += kHex[byte >> 4];
            url += kHex[byte & 15];
        }
    }
    return url;
}

ModuleLoader::ModuleLoader(VM& vm) : RootedContainer(vm.heap()), vm_(vm) {
    vm.host_hooks().load_imported_module = [this](VM&, const std::string& referrer_url,
                                                  const ModuleRequestRecord& request,
                                                  bool is_static) -> ThrowCompletionOr<SourceTextModule*> {
        std::string type = TRY(module_type(request, is_static));
        std::string path = TRY(resolve(referrer_url, request.specifier->to_utf8()));
        return load(path, type);
    };
    vm.host_hooks().initialize_import_meta = [this](VM&, SourceTextModule& module, JSObject* import_meta) {
        return initialize_import_meta(module, import_meta);
    };
}

ModuleLoader::~ModuleLoader() {
    vm_.host_hooks().load_imported_module = nullptr;
    vm_.host_hooks().initialize_import_meta = nullptr;
}

ThrowCompletionOr<std::string> ModuleLoader::resolve(const std::string& referrer_url,
                                                     std::string_view specifier) {
    std::string path;
    if (starts_with(specifier, "file:")) {
        std::optional<std::string> file_path =
            starts_with(specifier, "file://") ? path_from_file_url(specifier) : std::nullopt;
        if (!file_path) return vm_.throw_type_error("Invalid file URL '" + std::string(specifier) + "'");
        path = *file_path;
    } else if (starts_with(specifier, "/")) {
        path = std::string(specifier);
    } else if (starts_with(specifier, "./") || starts_with(specifier, "../")) {
        path = base_directory(referrer_url) + std::string(specifier);
    } else {
        return vm_.throw_type_error("Cannot resolve module specifier '" + std::string(specifier) +
                                    "': only relative and absolute paths and file: URLs are supported");
    }
    char canonical[PATH_MAX];
    struct stat status {};
    if (!realpath(path.c_str(), canonical) || stat(canonical, &status) != 0 || !S_ISREG(status.st_mode)) {
        std::string message = "Cannot find module '" + path + "'";
        if (!referrer_url.empty() && referrer_url[0] == '/') message += " imported from " + referrer_url;
        return vm_.throw_error(ErrorType::Error, message);
    }
    return std::string(canonical);
}

ThrowCompletionOr<std::string> ModuleLoader::module_type(const ModuleRequestRecord& request, bool is_static) {
    std::string type;
    for (const ImportAttributeRecord& attribute : request.attributes) {
        std::string key = attribute.key->to_utf8();
        std::string value = attribute.value->to_utf8();
        if (key != "type") {
            // AllImportAttributesSupported(attributes) is false.
            std::string message =
                "Import attribute \"" + key + "\" with value \"" + value + "\" is not supported";
            return is_static ? vm_.throw_syntax_error(message) : vm_.throw_type_error(message);
        }
        if (value != "json" && value != "text" && value != "bytes")
            return vm_.throw_type_error("Import attribute type \"" + value + "\" is unsupported");
        type = value;
    }
    return type;
}

ThrowCompletionOr<SourceTextModule*> ModuleLoader::load(const std::string& path, const std::string& type) {
    std::string key = type.empty() ? path : path + '\0' + type;
    if (auto found = modules_.find(key); found != modules_.end()) return found->second;
    bool json_file = path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    if (type.empty() && json_file)
        return vm_.throw_type_error("Module \"" + file_url_from_path(path) +
                                    "\" needs an import attribute of type \"json\"");
    if (type == "json" && !json_file)
        return vm_.throw_type_error("Module \"" + file_url_from_path(path) + "\" is not of type \"json\"");
    std::optional<std::string> contents = read_file(path);
    if (!contents)
        return vm_.throw_error(ErrorType::Error,
                               "Cannot read module '" + path + "': " + std::strerror(errno));
    if (!type.empty()) {
        SourceTextModule* module = TRY(create_synthetic_module(path, type, *contents));
        modules_.emplace(key, module);
        return module;
    }
    CompiledModule compiled = compile_module(vm_, vm_.current_realm(), utf8_to_utf16(*contents), path);
    if (compiled.error) {
        JSObject* error = vm_.create_error(ErrorType::SyntaxError, compiled.error->message);
        last_parse_error_ = ParseFailure{*compiled.error, compiled.source, Value(error)};
        return vm_.throw_value(Value(error));
    }
    modules_.emplace(key, compiled.module);
    return compiled.module;
}

ThrowCompletionOr<SourceTextModule*> ModuleLoader::create_synthetic_module(const std::string& path,
                                                                           const std::string& type,
                                                                           const std::string& contents) {
    if (type == "bytes") {
        // The bytes of the file in a Uint8Array over an immutable ArrayBuffer (import-bytes proposal).
        ArrayBufferObject* buffer = TRY(AllocateImmutableArrayBuffer(
            vm_, contents.size(), reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size()));
        JSObject* prototype = vm_.current_realm().intrinsic(Intrinsic::Uint8ArrayPrototype);
        return create_default_export_module(
            path, Value(TypedArrayObject::create(vm_, prototype, ElementType::Uint8, buffer, 0, contents.size())));
    }
    JSString* text = JSString::from_utf8(vm_, contents);
    Value default_export(text);
    if (type == "json") {
        // ParseJSONModule(source): a JSON text, parsed now; a SyntaxError names the file, as in Node.
        auto parsed = ParseJSONText(vm_, text);
        if (parsed.is_error()) {
            Value error = vm_.take_exception();
            std::string message = "invalid JSON";
            if (error.is_object()) {
                Value error_message =
                    TRY(error.as_object()->get(vm_, PropertyKey::from_ascii(vm_, "message")));
                if (error_message.is_string()) message = error_message.as_string()->to_utf8();
            }
            return vm_.throw_syntax_error(path + ": " + message);
        }
        default_export = parsed.value();
    }
    return create_default_export_module(path, default_export);
}

// CreateDefaultExportSyntheticModule(defaultExport): a record whose only export is "default".
SourceTextModule* ModuleLoader::create_default_export_module(const std::string& path, Value default_export) {
    CompiledModule compiled =
        compile_module(vm_, vm_.current_realm(), u"var value;\nexport { value as default };\n", path);
    compiled.module->make_default_export_synthetic(default_export);
    return compiled.module;
}

ThrowCompletionOr<void> ModuleLoader::initialize_import_meta(SourceTextModule& module,
                                                             JSObject* import_meta) {
    const std::string& path = module.url();
    std::string directory = path.substr(0, std::max<std::size_t>(path.rfind('/'), 1));
    TRY(import_meta->create_data_property_or_throw(vm_, PropertyKey::from_ascii(vm_, "dirname"),
                                                   Value(JSString::from_utf8(vm_, directory))));
    TRY(import_meta->create_data_property_or_throw(vm_, PropertyKey::from_ascii(vm_, "filename"),
                                                   Value(JSString::from_utf8(vm_, path))));
    TRY(import_meta->create_data_property_or_throw(
        vm_, PropertyKey::from_ascii(vm_, "url"), Value(JSString::from_utf8(vm_, file_url_from_path(path)))));
    return {};
}

void ModuleLoader::visit_roots(Visitor& visitor) {
    for (const auto& [path, module] : modules_)
        visitor.visit(module);
    if (last_parse_error_) visitor.visit(last_parse_error_->thrown);
}

} // namespace yjs
