// Out of memory in the middle of the plugins' run (as under --max-memory on a
// long reading): every allocation of a run is made to fail in turn, and each
// time the run goes on, a plugin either keeps all its annotations or loses
// them with a problem that names it. None takes the others' down with it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <new>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_plugins.h"
#include "test_support.h"

namespace {

// The test's allocation failure: when armed, the countdown-th allocation
// from then on throws std::bad_alloc, once. Unarmed (every other test of the
// binary), operator new is malloc's.
long allocation_countdown = 0;  // 0: unarmed
long allocations_seen = 0;

void* Allocate(std::size_t size) {
  ++allocations_seen;
  if (allocation_countdown > 0 && --allocation_countdown == 0) throw std::bad_alloc();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return Allocate(size); }
void* operator new[](std::size_t size) { return Allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace glossator {
namespace {

std::map<std::string, size_t> CountByPlugin(const Annotations& out) {
  std::map<std::string, size_t> count;
  for (const Annotation& a : out.items) ++count[a.plugin];
  return count;
}

TEST(PipelineOutOfMemory, OnePluginsFailedAllocationDropsItsAnnotationsOnly) {
  Result<Document> doc = ExtractDocument(testing::SamplePdf("article"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  PipelineOptions o;
  o.plugin_dirs = {testing::TestPluginDir(), testing::TestPluginDir() + "/refs"};
  o.use_environment = false;
  o.use_installed_dir = false;
  o.only = {"good", "citations", "needs-good"};
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  std::vector<PluginProblem> none;
  allocations_seen = 0;
  const std::map<std::string, size_t> whole = CountByPlugin((*pipeline)->Run(*doc, &none));
  const long allocations = allocations_seen;
  ASSERT_TRUE(none.empty()) << none[0].message;
  ASSERT_GE(whole.size(), 2u);

  bool one_kept_while_another_lost = false;
  const long step = std::max(1L, allocations / 400);  // some 400 runs at most
  for (long nth = 1; nth <= allocations; nth += step) {
    std::vector<PluginProblem> problems;
    Annotations out;
    allocation_countdown = nth;
    EXPECT_NO_THROW(out = (*pipeline)->Run(*doc, &problems)) << "allocation " << nth;
    allocation_countdown = 0;
    std::map<std::string, size_t> count = CountByPlugin(out);
    std::map<std::string, std::string> said;
    for (const PluginProblem& p : problems) said[p.plugin] += p.message + "\n";
    size_t kept = 0;
    for (const auto& [plugin, n] : whole) {
      if (count[plugin] == n) {
        ++kept;
        continue;
      }
      EXPECT_EQ(count[plugin], 0u) << plugin << " kept part of its annotations, allocation " << nth;
      EXPECT_NE(said[plugin], "") << plugin << " lost its annotations unnamed, allocation " << nth
                                  << "; problems: " << said["glossator"];
    }
    if (kept > 0 && kept < whole.size()) one_kept_while_another_lost = true;
  }
  EXPECT_TRUE(one_kept_while_another_lost);
}

}  // namespace
}  // namespace glossator
