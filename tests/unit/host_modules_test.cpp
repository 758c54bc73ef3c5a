// Runtime::run_module: module graphs loaded from files, and how their errors are reported.
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace {

using yieldjs::ErrorKind;
using yieldjs::Result;
using yieldjs::Runtime;
using yieldjs::RuntimeOptions;

// A temporary directory of module files, removed afterwards.
class ModuleFiles : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/yjs_modules_XXXXXX";
        ASSERT_NE(mkdtemp(pattern), nullptr);
        directory_ = pattern;
    }
    void TearDown() override { std::filesystem::remove_all(directory_); }

    std::string write(const std::string& name, const std::string& text) {
        std::string path = directory_ + "/" + name;
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        std::ofstream(path) << text;
        return path;
    }

    // Runs the module at `path` and the event loop; stdout and stderr are captured.
    Result<void> run(const std::string& path) {
        RuntimeOptions options;
        options.write_stdout = [this](std::string_view text) { out += text; };
        options.write_stderr = [this](std::string_view text) { err += text; };
        // The runtimes outlive the test body, whose results may hold their values.
        runtimes_.push_back(std::make_unique<Runtime>(options));
        Runtime& runtime = *runtimes_.back();
        Result<void> result = runtime.run_module(path);
        if (!result.ok()) return result;
        return runtime.run_until_idle();
    }

    std::vector<std::unique_ptr<Runtime>> runtimes_;
    std::string directory_;
    std::string out;
    std::string err;
};

TEST_F(ModuleFiles, ImportsResolveAgainstTheImportingFile) {
    write("lib/value.mjs", "export let value = 1; export function bump() { value++; }");
    write("lib/index.mjs", "export * from './value.mjs'; export { value as alias } from './value.mjs';");
    std::string main = write("main.mjs", "import { value, bump, alias } from './lib/index.mjs';\n"
                                         "bump(); console.log(value, alias);\n"
                                         "console.log((await import('./lib/value.mjs')).value);");
    Result<void> result = run(main);
    ASSERT_TRUE(result.ok()) << result.error().report;
    EXPECT_EQ(out, "2 2\n2\n");
}

TEST_F(ModuleFiles, ParseErrorsNameTheImportedFile) {
    std::string broken = write("broken.mjs", "export const a = ;");
    std::string main = write("main.mjs", "import { a } from './broken.mjs';");
    Result<void> result = run(main);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Syntax);
    EXPECT_EQ(result.error().file, broken);
    EXPECT_EQ(result.error().line, 1u);
}

TEST_F(ModuleFiles, LinkErrors) {
    write("dep.mjs", "export const a = 1;");
    std::string missing_export = write("missing_export.mjs", "import { b } from './dep.mjs';");
    Result<void> result = run(missing_export);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Link);
    EXPECT_EQ(result.error().name, "SyntaxError");
    EXPECT_NE(result.error().report.find("does not provide an export named 'b'"), std::string::npos);

    std::string missing_file = write("missing_file.mjs", "import './nowhere.mjs';");
    result = run(missing_file);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Link);
    EXPECT_NE(result.error().report.find(directory_ + "/./nowhere.mjs"), std::string::npos);
}

TEST_F(ModuleFiles, EvaluationErrors) {
    std::string sync_throw = write("sync.mjs", "throw new RangeError('now');");
    Result<void> result = run(sync_throw);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Exception);
    EXPECT_EQ(result.error().name, "RangeError");

    std::string async_throw = write("async.mjs", "await null; throw new TypeError('later');");
    result = run(async_throw);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Exception);
    EXPECT_EQ(result.error().name, "TypeError");
}

TEST_F(ModuleFiles, DeepImportChainsDoNotCrash) {
    constexpr int kDepth = 3000;
    for (int i = 0; i < kDepth; ++i)
        write("chain" + std::to_string(i) + ".mjs", "import './chain" + std::to_string(i + 1) + ".mjs';");
    write("chain" + std::to_string(kDepth) + ".mjs", "console.log('end');");
    Result<void> result = run(directory_ + "/chain0.mjs");
    if (result.ok())
        EXPECT_EQ(out, "end\n");
    else
        EXPECT_EQ(result.error().name, "RangeError");
}

TEST_F(ModuleFiles, ImportAttributesSelectTheModuleType) {
    write("data.json", "{ \"answer\": 42 }");
    std::string main =
        write("main.mjs", "import data from './data.json' with { type: 'json' };\n"
                          "import text from './data.json' with { type: 'text' };\n"
                          "const again = await import('./data.json', { with: { type: 'json' } });\n"
                          "console.log(data.answer, JSON.stringify(text), again.default === data);");
    Result<void> result = run(main);
    ASSERT_TRUE(result.ok()) << result.error().report;
    EXPECT_EQ(out, "42 \"{ \\\"answer\\\": 42 }\" true\n");

    std::string unsupported_key =
        write("key.mjs", "import data from './data.json' with { type: 'json', as: 'x' };");
    result = run(unsupported_key);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().name, "SyntaxError");
    EXPECT_NE(result.error().report.find("Import attribute \"as\" with value \"x\" is not supported"),
              std::string::npos);

    std::string missing_type = write("untyped.mjs", "import data from './data.json';");
    result = run(missing_type);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().name, "TypeError");
    EXPECT_NE(result.error().report.find("needs an import attribute of type \"json\""), std::string::npos);
}

TEST_F(ModuleFiles, DeepDeferredChainsDoNotCrash) {
    constexpr int kDepth = 3000;
    for (int i = 0; i < kDepth; ++i)
        write("chain" + std::to_string(i) + ".mjs", "import './chain" + std::to_string(i + 1) + ".mjs';");
    write("chain" + std::to_string(kDepth) + ".mjs", "export const end = 'end';");
    std::string main = write("main.mjs", "import defer * as ns from './chain0.mjs';\n"
                                         "try { Object.keys(ns); console.log('evaluated'); }\n"
                                         "catch (error) { console.log(error.name); }");
    Result<void> result = run(main);
    if (result.ok())
        EXPECT_TRUE(out == "evaluated\n" || out == "RangeError\n") << out;
    else
        EXPECT_EQ(result.error().name, "RangeError");
}

} // namespace
