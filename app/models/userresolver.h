#pragma once

// UserResolver: to be written (issue 4).
