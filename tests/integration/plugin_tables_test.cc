// A plugin reads the tables of a real reading through the host table
// (ABI 1.2, glossator/plugin.hpp): the same rows and cells as the Document's.
#include <gtest/gtest.h>

#include <string>

#include "glossator/extract.h"
#include "glossator/plugin.hpp"
#include "pipeline/host_context.h"
#include "test_support.h"

namespace glossator {
namespace {

TEST(PluginTables, APluginSeesTheTablesOfTheDocument) {
  Result<Document> doc = ExtractDocument(testing::SharedDir() + "/data/real/pdfs/sp_P14-1059.pdf");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables().size(), 9u);  // Tables 1-9 (tests/gold/real/tables)
  glossator_context ctx;
  ctx.plugin = "reader";
  ctx.doc = &*doc;
  glossator::Context host(pipeline::HostApi(), &ctx);
  ASSERT_EQ(host.TableCount(), doc->tables().size());
  for (size_t i = 0; i < host.TableCount(); ++i) {
    const Table& want = doc->tables()[i];
    glossator_table t = host.Table(i);
    EXPECT_EQ(t.block, want.block);
    EXPECT_EQ(doc->blocks()[t.block].kind, BlockKind::kFigureText);
    EXPECT_EQ(t.columns, want.columns);
    ASSERT_EQ(t.rows, want.rows.size());
    for (size_t r = 0; r < t.rows; ++r) {
      std::vector<glossator_table_cell> cells = host.TableRow(i, r);
      ASSERT_EQ(cells.size(), want.rows[r].size());
      for (size_t c = 0; c < cells.size(); ++c) {
        EXPECT_EQ(cells[c].begin, want.rows[r][c].begin);
        EXPECT_EQ(cells[c].end, want.rows[r][c].end);
        EXPECT_EQ(cells[c].column, want.rows[r][c].column);
        EXPECT_EQ(static_cast<int>(cells[c].columns), want.rows[r][c].columns);
      }
    }
  }
  // Past the last table, row or cell: NOT_FOUND, as for blocks.
  glossator_table_cell cell{};
  EXPECT_EQ(host.api().table_cell(&ctx, 9, 0, 0, &cell), GLOSSATOR_NOT_FOUND);
  EXPECT_EQ(host.api().table_cell(&ctx, 0, 999, 0, &cell), GLOSSATOR_NOT_FOUND);
  EXPECT_THROW(host.Table(9), glossator::HostError);
}

}  // namespace
}  // namespace glossator
