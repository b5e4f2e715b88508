#include "childgrouptreemodel.h"
