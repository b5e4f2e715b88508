#include "membertablemodel.h"
