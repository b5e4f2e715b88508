#pragma once

// LazyPager: to be written (issue 4).
